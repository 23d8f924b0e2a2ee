import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useParams } from 'react-router-dom'
import { useSession } from '../auth/session'
import { useOwnMemberId } from '../initiatives/own-member'
import { Layout } from '../ui/Layout'
import { QueryView } from '../ui/Status'
import { CollaborationContext } from './CollaborationContext'
import { allows, useCollaboration, useMyPermissions } from './queries'

/** The pages of one collaboration: loads it and the user's permissions, and shows the capability menu. */
export function CollaborationArea() {
  const { t } = useTranslation()
  const { collaborationId = '' } = useParams()
  const session = useSession()
  const collaboration = useCollaboration(collaborationId)
  const permissions = useMyPermissions(collaborationId)
  const myRoles = (session.data?.roles ?? []).filter((role) => role.collaborationId === collaborationId)
  const name = collaboration.data?.name ?? ''
  return (
    <Layout collaborationId={collaborationId} sideNavLabel={name ? t('screens.menuFor', { name }) : undefined} sideNav={collaboration.data && permissions.data ? <SideNav id={collaborationId} name={name} permissions={permissions.data} /> : undefined}>
      <QueryView query={collaboration}>
        {(data) => (
          <QueryView query={permissions}>
            {(granted) => (
              <CollaborationContext.Provider value={{ collaboration: data, permissions: granted, myRoles }}>
                <Outlet />
              </CollaborationContext.Provider>
            )}
          </QueryView>
        )}
      </QueryView>
    </Layout>
  )
}

function SideNav({ id, name, permissions }: { id: string; name: string; permissions: Parameters<typeof allows>[0] }) {
  const { t } = useTranslation()
  const base = `/collaborations/${id}`
  const ownMemberId = useOwnMemberId(id)
  const items = [
    { to: base, label: t('nav.overview'), show: true, end: true },
    { to: `${base}/governance`, label: t('nav.governance'), show: allows(permissions, 'governance', 'read') },
    { to: `${base}/disagreements`, label: t('nav.disagreements'), show: allows(permissions, 'governance', 'read') },
    { to: `${base}/initiatives`, label: t('nav.initiatives'), show: allows(permissions, 'initiatives', 'read') },
    { to: `${base}/risks`, label: t('risks.map.nav'), show: allows(permissions, 'risks', 'read') },
    { to: `${base}/member-decisions`, label: t('nav.memberDecisions'), show: allows(permissions, 'decisions', 'matrix') },
    { to: `${base}/cases`, label: t('cases.nav'), show: allows(permissions, 'cases', 'read') },
    { to: `${base}/register`, label: t('register.nav'), show: allows(permissions, 'cases', 'read') },
    { to: `${base}/calendar`, label: t('calendar.nav'), show: allows(permissions, 'meetings', 'read') },
    { to: `${base}/minutes`, label: t('minutes.title'), show: allows(permissions, 'meetings', 'read') },
    { to: `${base}/finance`, label: t('finance.nav'), show: allows(permissions, 'finance', 'read') },
    { to: `${base}/planning`, label: t('planning.nav'), show: allows(permissions, 'planning', 'read') },
    { to: `${base}/members/${ownMemberId ?? ''}/initiatives`, label: t('nav.myMember'), show: ownMemberId !== null },
    { to: `${base}/members/${ownMemberId ?? ''}/benefits`, label: t('benefits.gained.nav'), show: ownMemberId !== null },
    { to: `${base}/processes`, label: t('nav.processes'), show: allows(permissions, 'processes', 'read') },
    { to: `${base}/members`, label: t('nav.members'), show: allows(permissions, 'members', 'list'), end: true },
    { to: `${base}/users`, label: t('nav.users'), show: allows(permissions, 'users', 'listInCollaboration') },
    { to: `${base}/my-permissions`, label: t('nav.myPermissions'), show: true },
    { to: `${base}/audit`, label: t('nav.audit'), show: allows(permissions, 'audit', 'read') },
    { to: `${base}/settings`, label: t('nav.settings'), show: allows(permissions, 'collaborations', 'update') },
  ]
  return (
    <nav className="side-nav" aria-label={t('layout.collaborationNav', { name })}>
      <p className="side-nav-title" aria-hidden="true">
        {name}
      </p>
      <ul>
        {items
          .filter((item) => item.show)
          .map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  )
}
