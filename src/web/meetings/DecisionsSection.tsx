import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime, formatNumber, todayInSweden } from '../../shared/format'
import { useSession } from '../auth/session'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { SuccessMessage } from '../ui/Status'
import { ItemTitle } from './AgendaSection'
import { DecideDialog } from './DecideDialog'
import { CloseMeetingDialog } from './MeetingDialogs'
import { isOpen, useMeetings, type MeetingChanges } from './queries'
import type { AgendaItem, Meeting } from './types'

/** Beslut: each item's decision with its §, a dialog to record it, and closing the meeting when all are decided. */
export function DecisionsSection({ meeting, changes, mayPrepare }: { meeting: Meeting; changes: MeetingChanges; mayPrepare: boolean }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [open, setOpen] = useState<{ item: AgendaItem; opener: HTMLElement } | null>(null)
  const [closed, setClosed] = useState(false)
  const [closing, setClosing] = useState<HTMLElement | null>(null)
  const editable = mayPrepare && isOpen(meeting)
  const items = [...meeting.agenda].sort((a, b) => a.position - b.position)
  const undecided = items.filter((item) => item.decision === null).length
  const mayExtract = useMayExtract(meeting)
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('meeting.decisions.title')}</h2>
      <p className="section-lead">{t('meeting.decisions.intro')}</p>
      {items.length === 0 ? (
        <p className="empty">{t('meeting.decisions.empty')}</p>
      ) : (
        <ol className="decision-list">
          {items.map((item) => (
            <li key={item.id} className="decision-item">
              <div className="decision-paragraph" aria-hidden={item.decision ? undefined : true}>
                {item.decision ? `§ ${item.decision.paragraph}` : ''}
              </div>
              <div className="decision-body">
                <h3>
                  <ItemTitle item={item} />
                  {item.caseNumber && <span className="cell-secondary code">{item.caseNumber}</span>}
                </h3>
                {item.decision ? (
                  <>
                    <DecisionText item={item} />
                    {mayExtract(item) && (
                      <p className="decision-extract">
                        <a href={extractPdfUrl(collaboration.id, meeting.id, item.id)}>{t('meetingDocuments.extractPdf', { paragraph: item.decision.paragraph })}</a>
                      </p>
                    )}
                  </>
                ) : (
                  <p className="muted">{t('meeting.decisions.undecided')}</p>
                )}
              </div>
              {editable && meeting.started && item.decision === null && (
                <button type="button" className="button button-secondary decision-action" aria-label={t('meeting.decisions.recordNamed', { title: item.title })} onClick={(e) => setOpen({ item, opener: e.currentTarget })}>
                  {t('meeting.decisions.record')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {closed && <SuccessMessage>{t('meeting.decisions.closed')}</SuccessMessage>}
      {editable && !meeting.started && items.length > 0 && <p className="alert alert-info">{t('meeting.decisions.notStarted', { startsAt: formatDateTime(meeting.startsAt) })}</p>}
      {editable && meeting.started && items.length > 0 && (
        <div className="gate-actions">
          <button type="button" className="button button-primary" disabled={undecided > 0} onClick={(e) => setClosing(e.currentTarget)}>
            {t('meeting.decisions.close')}
          </button>
          <p className="field-hint">{undecided > 0 ? t('meeting.decisions.closeNotReady', { count: undecided, formatted: formatNumber(undecided) }) : t('meeting.decisions.closeHint')}</p>
        </div>
      )}
      {closing && <CloseMeetingDialog meeting={meeting} changes={changes} returnFocusTo={closing} onClose={() => setClosing(null)} onClosed={() => setClosed(true)} />}
      {open && <DecideDialog meeting={meeting} item={open.item} changes={changes} returnFocusTo={open.opener} onClose={() => setOpen(null)} />}
    </section>
  )
}

const extractPdfUrl = (collaborationId: string, meetingId: string, itemId: string) => `/api/collaborations/${collaborationId}/meetings/${meetingId}/items/${itemId}/extract.pdf`

/**
 * Whether the reader can open a §'s extract: those in the collaboration at once; the public once the
 * minutes are posted, and never for a confidential § (the server decides; this only hides dead links).
 */
function useMayExtract(meeting: Meeting) {
  const { myRoles } = useCurrentCollaboration()
  const session = useSession()
  const inside = myRoles.length > 0 || Boolean(session.data?.user?.isAdmin)
  const posted = meeting.status === 'published' && meeting.publishedOn !== null && meeting.publishedOn <= todayInSweden()
  return (item: AgendaItem) => item.decision !== null && (inside || (posted && !item.confidential))
}

function DecisionText({ item }: { item: AgendaItem }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const decision = item.decision
  const later = useMeetings(collaboration.id, {}, decision?.deferredToMeetingId != null)
  if (!decision) return null
  const deferredTo = later.data?.find((m) => m.id === decision.deferredToMeetingId)
  return (
    <>
      <p className="decision-outcome">
        <span className={`badge outcome-${decision.outcome}`}>{t(`meeting.decide.outcomes.${decision.outcome}`)}</span>
        {decision.outcome === 'defer' && deferredTo && <span className="muted"> {t('meeting.decisions.deferredTo', { date: formatDate(deferredTo.startsAt) })}</span>}
      </p>
      {!item.withheld && <p className="fact-text decision-wording">{decision.wording}</p>}
      {decision.reservations && (
        <p className="decision-reservations">
          <strong>{t('meeting.decisions.reservations')}:</strong> {decision.reservations}
        </p>
      )}
    </>
  )
}
