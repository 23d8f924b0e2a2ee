import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import type { InitiativeDetail } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { ErrorSummary } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { JoinForm } from './JoinForm'
import { useLocalName, usePhaseNamer } from './names'
import type { InitiativeChanges } from './queries'
import { useParticipationRights } from './rights'

type Participation = InitiativeDetail['participations'][number]

/** Who takes part now, who asks to join at the next gate, who is invited, and who left, at which phase and why. */
export function ParticipantsSection({ initiative, changes }: { initiative: InitiativeDetail; changes: InitiativeChanges }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = useParticipationRights()
  const phaseName = usePhaseNamer(initiative.process)
  const localName = useLocalName()
  // A member declines at the gate that ends the phase it left in.
  const gateName = (key: string | null) => {
    const gate = initiative.process.phases.find((p) => p.key === key)?.gate
    return gate ? localName(gate) : phaseName(key)
  }
  const order = { active: 0, joining: 1, invited: 2, left: 3 } as const
  const rows = [...initiative.participations].sort((a, b) => order[a.state] - order[b.state] || a.name.localeCompare(b.name, 'sv'))
  const active = rows.filter((p) => p.state === 'active').length
  const joining = rows.filter((p) => p.state === 'joining').length
  const invited = rows.filter((p) => p.state === 'invited').length
  const left = (p: Participation) => {
    if (p.state !== 'left') return ''
    if (p.leaveReason === 'declined_invitation') return t('initiative.participants.declinedInvitation')
    return p.leaveReason === 'declined' ? t('initiative.participants.declinedAt', { gate: gateName(p.leftAtPhase) }) : t('initiative.participants.withdrewIn', { phase: phaseName(p.leftAtPhase) })
  }
  const mayWithdraw = (p: Participation) => p.state === 'joining' && rights.mayParticipateFor(p.memberId)
  // An invitation is answered by the invited member's own representative, or by the coordinator.
  const mayAnswer = (p: Participation) => p.state === 'invited' && rights.mayParticipateFor(p.memberId) && (initiative.status === 'active' || initiative.status === 'paused')
  const since = (p: Participation) => {
    if (p.state === 'invited') return t('initiative.participants.invitedOn')
    return p.joinedAtPhase ? phaseName(p.joinedAtPhase) : p.joinedOn ? t('initiative.participants.fromStart') : t('initiative.participants.requested')
  }
  return (
    <section className="card table-card" aria-labelledby="participants-heading">
      <div className="card-inset">
        <h2 id="participants-heading">{t('initiative.participants.title')}</h2>
        <p>{t('initiative.participants.summary', { active, joining })}</p>
        {invited > 0 && <p>{t('initiative.participants.invitedSummary', { count: invited })}</p>}
        <ErrorSummary error={changes.withdraw.error} />
        <ErrorSummary error={changes.join.error} />
      </div>
      <Table captionId="participants-caption" caption={t('initiative.participants.caption', { title: initiative.title })} captionClassName="visually-hidden">
        <ColumnHeads
          columns={[
            t('initiative.participants.member'), t('initiative.participants.state'), t('initiative.participants.joined'), t('initiative.participants.left'),
            rights.mayParticipate && t('initiative.actions'),
          ]}
        />
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className={p.state === 'left' ? 'row-muted' : undefined}>
              <th scope="row">{p.name}</th>
              <td>{t(`initiative.participants.states.${p.state}`)}</td>
              <td>
                {since(p)}
                <span className="cell-secondary">{formatDate(p.joinedOn ?? p.requestedOn)}</span>
              </td>
              <td>
                {left(p)}
                {p.leftOn && <span className="cell-secondary">{formatDate(p.leftOn)}</span>}
              </td>
              {rights.mayParticipate && (
                <td>
                  {mayWithdraw(p) && (
                    <button type="button" className="button-link" disabled={changes.withdraw.isPending} onClick={() => changes.withdraw.mutate(p.memberId)}>
                      {t('initiative.participants.withdraw', { name: p.name })}
                    </button>
                  )}
                  {mayAnswer(p) && (
                    <span className="button-row">
                      <button type="button" className="button button-secondary" disabled={changes.join.isPending} onClick={() => changes.join.mutate(p.memberId)}>
                        {t('initiative.participants.accept', { name: p.name })}
                      </button>
                      <button type="button" className="button-link" disabled={changes.withdraw.isPending} onClick={() => changes.withdraw.mutate(p.memberId)}>
                        {t('initiative.participants.decline', { name: p.name })}
                      </button>
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {rights.mayParticipate && initiative.status === 'active' && initiative.gate && (
        <div className="card-inset">
          <JoinForm collaborationId={collaboration.id} initiative={initiative} changes={changes} rights={rights} />
        </div>
      )}
    </section>
  )
}
