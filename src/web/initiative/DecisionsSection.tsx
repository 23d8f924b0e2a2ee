import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import type { DecisionRecord, InitiativeDetail } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { useGovernance } from '../governance/queries'
import { ColumnHeads, Table } from '../ui/Table'
import { AttachmentLink } from './AttachmentInput'
import { DecisionDialog } from './DecisionDialog'
import { usePhaseNamer } from './names'
import { OutcomeBadge } from './Outcome'
import type { InitiativeChanges } from './queries'
import { useMemberDecisionRights } from './rights'

/** Every decision on the initiative, by bodies and by members, each marked by where it is found, with the forms to record one. */
export function DecisionsSection({ initiative, changes }: { initiative: InitiativeDetail; changes: InitiativeChanges }) {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const governance = useGovernance(collaboration.id)
  const phaseName = usePhaseNamer(initiative.process)
  const memberRights = useMemberDecisionRights()
  const [open, setOpen] = useState<{ mode: 'body' | 'member'; opener: HTMLElement } | null>(null)
  const mayRecordBody = allows(permissions, 'decisions', 'recordBodyDecision')
  // Members that may decide here: those taking part or asking to join, limited to the user's own for a representative.
  const deciders = initiative.participations.filter((p) => p.state !== 'left' && memberRights.mayRecordFor(p.memberId)).map((p) => ({ id: p.memberId, name: p.name }))
  const mayRecordMember = memberRights.mayRecord && deciders.length > 0
  const open_ = initiative.status === 'active' && initiative.gate !== null
  const decisions = [...initiative.decisions].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.recordedAt.localeCompare(a.recordedAt))
  return (
    <section className="card table-card" aria-labelledby="decisions-heading">
      <div className="card-inset section-heading">
        <h2 id="decisions-heading">{t('initiative.decisions.title')}</h2>
        {open_ && governance.data && (
          <div className="button-row">
            {mayRecordBody && (
              <button type="button" className="button button-secondary button-small" onClick={(e) => setOpen({ mode: 'body', opener: e.currentTarget })}>
                {t('decisions.recordBody')}
              </button>
            )}
            {mayRecordMember && (
              <button type="button" className="button button-secondary button-small" onClick={(e) => setOpen({ mode: 'member', opener: e.currentTarget })}>
                {t('decisions.recordMember')}
              </button>
            )}
          </div>
        )}
      </div>
      {decisions.length === 0 ? (
        <div className="card-inset">
          <p className="empty">{t('initiative.decisions.none')}</p>
        </div>
      ) : (
        <Table captionId="decisions-caption" caption={t('initiative.decisions.caption', { title: initiative.title })} captionClassName="visually-hidden">
          <ColumnHeads
            columns={[
              t('decisions.kind'), t('decisions.decidedBy'), t('decisions.decidedOn'), t('decisions.outcome'), t('decisions.conditions'), t('decisions.reference'),
              t('decisions.attachment'),
            ]}
          />
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.decisionKindName}
                  <span className="cell-secondary">{d.current ? t('initiative.decisions.atCurrentGate') : t('initiative.decisions.atPhase', { phase: phaseName(d.phaseKey) })}</span>
                </th>
                <td>
                  {d.bodyName ?? d.memberName}
                  <span className="cell-secondary">{d.memberId ? t('initiative.decisions.memberOwn') : t('initiative.decisions.bodyDecision')}</span>
                </td>
                <td className="nowrap">{formatDate(d.decidedOn)}</td>
                <td>
                  <OutcomeBadge outcome={d.outcome} />
                </td>
                <td className="cell-wrap">{d.conditions || '–'}</td>
                <td>
                  <DecisionSource decision={d} collaborationId={collaboration.id} />
                </td>
                <td>{d.attachment ? <AttachmentLink collaborationId={collaboration.id} file={d.attachment} /> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {open && governance.data && (
        <DecisionDialog
          mode={open.mode}
          initiative={initiative}
          governance={governance.data}
          members={deciders}
          changes={changes}
          returnFocusTo={open.opener}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  )
}

/** A § links to its meeting; a decision taken outside Samverka says so, with its reference and who recorded it. */
function DecisionSource({ decision, collaborationId }: { decision: DecisionRecord; collaborationId: string }) {
  const { t } = useTranslation()
  if (decision.source === 'minutes' && decision.meetingId) {
    return (
      <Link to={`/collaborations/${collaborationId}/meetings/${decision.meetingId}`} aria-label={t('initiative.decisions.paragraphLabel', { body: decision.bodyName, reference: decision.reference })}>
        {decision.reference}
      </Link>
    )
  }
  return (
    <>
      {decision.reference || '–'}
      <span className="cell-secondary">{t('initiative.decisions.external')}</span>
      <span className="cell-secondary">{t('initiative.decisions.recordedBy', { name: decision.recordedBy })}</span>
    </>
  )
}
