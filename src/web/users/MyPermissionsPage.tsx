import { useTranslation } from 'react-i18next'
import type { Permission } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { ColumnHeads, Table } from '../ui/Table'
import { RoleBadges } from './RoleBadges'

/** What the signed-in user may do here, and for which member, as the server's policies say. */
export function MyPermissionsPage() {
  const { t, i18n } = useTranslation()
  const { collaboration, permissions, myRoles } = useCurrentCollaboration()
  const representedMembers = [...new Set(myRoles.map((role) => role.memberName).filter((name): name is string => Boolean(name)))]
  const list = new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'sv', { type: 'conjunction' })
  const capabilities = [...new Set(permissions.map((p) => p.capability))]

  const actionLabel = (p: Permission) => t(`permissions.actions.${p.capability}.${p.action}`, { defaultValue: `${p.capability}: ${p.action}` })

  return (
    <Page title={t('permissions.title')} context={collaboration.name} intro={t('permissions.intro', { name: collaboration.name })}>
      {representedMembers.length > 0 && (
        <p className="alert alert-info acting-for">{t('permissions.actingFor', { members: list.format(representedMembers) })}</p>
      )}
      {myRoles.length > 0 && (
        <section className="card" aria-labelledby="roles-heading">
          <h2 id="roles-heading">{t('permissions.yourRoles')}</h2>
          <RoleBadges roles={myRoles} />
        </section>
      )}
      <section className="card table-card">
        <Table captionId="permissions-caption" caption={t('permissions.tableCaption', { name: collaboration.name })}>
          <ColumnHeads columns={[t('permissions.action'), t('permissions.allowed'), t('permissions.scope')]} />
          {capabilities.map((capability) => (
            <tbody key={capability}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={3}>
                  {t(`permissions.capabilities.${capability}`, { defaultValue: capability })}
                </th>
              </tr>
              {permissions
                .filter((p) => p.capability === capability)
                .map((p) => (
                  <tr key={`${p.capability}.${p.action}`} className={p.allowed ? undefined : 'row-muted'}>
                    <th scope="row">{actionLabel(p)}</th>
                    <td>
                      <span className={p.allowed ? 'verdict verdict-yes' : 'verdict verdict-no'}>
                        <span aria-hidden="true">{p.allowed ? '✓' : '✕'}</span> {p.allowed ? t('common.yes') : t('common.no')}
                      </span>
                    </td>
                    <td>
                      {!p.allowed
                        ? t('permissions.notApplicable')
                        : p.onlyForMembers
                          ? <strong>{t('permissions.onlyFor', { members: list.format(p.onlyForMembers.map((member) => member.name)) })}</strong>
                          : t('permissions.wholeCollaboration')}
                    </td>
                  </tr>
                ))}
            </tbody>
          ))}
        </Table>
      </section>
    </Page>
  )
}
