import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { formatDate, todayInSweden } from '../../shared/format'
import type { MemberInitiatives } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useOwnMembers } from '../collaborations/own-members'
import { useMembers } from '../members/queries'
import { Page } from '../ui/Page'
import { PageCount, Pager } from '../ui/Pager'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { isOverdue } from './labels'
import { useMemberInitiatives } from './portfolio-queries'
import { StatusBadge } from './StatusBadge'
import './initiatives.css'
import { hasLeftBy } from '../../shared/membership'
import { MemberTabs } from '../benefits/MemberBenefitsPage'

/** Vårt deltagande: what one member takes part in, the decisions it owes and by when, and what it declined. */
export function MemberInitiativesPage() {
  const { t } = useTranslation()
  const { memberId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  // Another member's page starts at its first page.
  const [paging, setPaging] = useState({ memberId, page: 1 })
  const page = paging.memberId === memberId ? paging.page : 1
  const setPage = (next: number) => setPaging({ memberId, page: next })
  const view = useMemberInitiatives(collaboration.id, memberId, page)
  const own = useOwnMembers().represents(memberId)
  const name = view.data?.member.name ?? ''
  return (
    <Page title={own || !name ? t('memberView.title') : t('memberView.titleFor', { name })} context={own ? name : collaboration.name} intro={name ? t('memberView.intro', { name }) : undefined}>
      <MemberTabs memberId={memberId} />
      <MemberSwitch collaborationId={collaboration.id} memberId={memberId} />
      <QueryView query={view}>
        {(data) => (
          <>
            <Invited data={data} />
            <Owed data={data} />
            <Participating data={data} onPage={setPage} />
            <Declined data={data} />
          </>
        )}
      </QueryView>
    </Page>
  )
}

/** Another member's page: a select and a button (a select alone must not navigate). */
function MemberSwitch({ collaborationId, memberId }: { collaborationId: string; memberId: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const members = useMembers(collaborationId)
  const [chosen, setChosen] = useState(memberId)
  const list = (members.data?.members ?? []).filter((m) => !hasLeftBy(m, todayInSweden()))
  if (list.length < 2) return null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (chosen && chosen !== memberId) void navigate(`/collaborations/${collaborationId}/members/${chosen}/initiatives`)
  }
  return (
    <form className="member-switch" onSubmit={submit}>
      <SelectField id="member-switch" label={t('memberView.chooseMember')} value={chosen} onChange={setChosen} options={list.map((m) => ({ value: m.id, label: m.name }))} />
      <button type="submit" className="button button-secondary">
        {t('memberView.show')}
      </button>
    </form>
  )
}

function Owed({ data }: { data: MemberInitiatives }) {
  const { t } = useTranslation()
  const today = todayInSweden()
  const overdue = data.owed.filter((o) => isOverdue(o.dueOn, today)).length
  return (
    <section className="card table-card" aria-labelledby="owed-heading">
      <h2 id="owed-heading">{t('memberView.owed')}</h2>
      <p className="section-intro">{t('memberView.owedIntro')}</p>
      {overdue > 0 && (
        <p className="alert alert-error alert-line">
          <strong>{t('memberView.overdueCount', { count: overdue })}</strong>
        </p>
      )}
      {data.owed.length === 0 ? (
        <p className="empty">{t('memberView.owedEmpty')}</p>
      ) : (
        <Table stack captionId="owed-caption" caption={t('memberView.owedCaption', { name: data.member.name })} captionClassName="visually-hidden">
          <ColumnHeads columns={[t('portfolio.initiative'), t('memberView.gate'), t('memberView.decisions'), t('memberView.dueOn'), t('memberView.state')]} />
          <tbody>
            {[...data.owed]
              .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))
              .map((owed) => {
                const late = isOverdue(owed.dueOn, today)
                return (
                  <tr key={owed.initiativeId} className={late ? 'overdue-row' : undefined}>
                    <th scope="row" className="cell-wrap">
                      <InitiativeLink id={owed.initiativeId} title={owed.title} />
                    </th>
                    <td>{owed.gateName}</td>
                    <td className="cell-wrap">{owed.decisionNames.join(', ')}</td>
                    <td className="nowrap">
                      {owed.dueOn ? formatDate(owed.dueOn) : <span className="muted">{t('memberView.noDueDate')}</span>}
                      {late && <span className="overdue cell-secondary">{t('memberView.overdue')}</span>}
                    </td>
                    <td>{owed.state === 'defer' ? <span className="badge badge-warning">{t('memberView.defer')}</span> : t('memberView.pending')}</td>
                  </tr>
                )
              })}
          </tbody>
        </Table>
      )}
    </section>
  )
}

function Participating({ data, onPage }: { data: MemberInitiatives; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card" aria-labelledby="participating-heading">
      <h2 id="participating-heading">{t('memberView.participating')}</h2>
      {data.participating.total === 0 ? (
        <p className="empty">{t('memberView.participatingEmpty')}</p>
      ) : (
        <Table stack captionId="participating-caption" caption={t('memberView.participatingCaption', { name: data.member.name })} captionClassName="visually-hidden">
          <ColumnHeads columns={[t('portfolio.initiative'), t('portfolio.phase'), t('memberView.gate'), t('portfolio.participantsColumn')]} />
          <tbody>
            {data.participating.items.map((initiative) => (
              <tr key={initiative.id}>
                <th scope="row" className="cell-wrap">
                  <InitiativeLink id={initiative.id} title={initiative.title} /> <StatusBadge status={initiative.status} />
                </th>
                <td>
                  {initiative.phaseIndex + 1}. {initiative.phaseName}
                </td>
                <td>
                  {initiative.gateName ?? '–'}
                  {initiative.gateDueOn && <span className="cell-secondary">{t('matrix.dueOn', { date: formatDate(initiative.gateDueOn) })}</span>}
                </td>
                <td>{t('portfolio.participants', { count: initiative.participantCount })}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {data.participating.total > 0 && <PageCount info={data.participating} shown={data.participating.items.length} />}
      <Pager info={data.participating} onPage={onPage} label={t('memberView.pages')} />
    </section>
  )
}

function Declined({ data }: { data: MemberInitiatives }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card" aria-labelledby="declined-heading">
      <h2 id="declined-heading">{t('memberView.declined')}</h2>
      {data.declined.length === 0 ? (
        <p className="empty">{t('memberView.declinedEmpty')}</p>
      ) : (
        <Table stack captionId="declined-caption" caption={t('memberView.declinedCaption', { name: data.member.name })} captionClassName="visually-hidden">
          <ColumnHeads columns={[t('portfolio.initiative'), t('memberView.leftAtPhase'), t('memberView.leftOn')]} />
          <tbody>
            {data.declined.map((d) => (
              <tr key={d.initiativeId}>
                <th scope="row" className="cell-wrap">
                  <InitiativeLink id={d.initiativeId} title={d.title} />
                </th>
                <td>{d.phaseName}</td>
                <td className="nowrap">{formatDate(d.leftOn)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  )
}

/** Invitations from other members' representatives (issue 13): shown only when there are any. */
function Invited({ data }: { data: MemberInitiatives }) {
  const { t } = useTranslation()
  if (data.invited.length === 0) return null
  return (
    <section className="card table-card" aria-labelledby="invited-heading">
      <h2 id="invited-heading">{t('memberView.invited')}</h2>
      <p className="section-intro">{t('memberView.invitedIntro')}</p>
      <Table stack captionId="invited-caption" caption={t('memberView.invitedCaption', { name: data.member.name })} captionClassName="visually-hidden">
        <ColumnHeads columns={[t('portfolio.initiative'), t('memberView.invitedBy'), t('memberView.invitedOn')]} />
        <tbody>
          {data.invited.map((i) => (
            <tr key={i.initiativeId}>
              <th scope="row" className="cell-wrap">
                <InitiativeLink id={i.initiativeId} title={i.title} />
              </th>
              <td>{i.proposingMember ?? '—'}</td>
              <td className="nowrap">{formatDate(i.invitedOn)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}

function InitiativeLink({ id, title }: { id: string; title: string }) {
  const { collaboration } = useCurrentCollaboration()
  return <Link to={`/collaborations/${collaboration.id}/initiatives/${id}`}>{title}</Link>
}
