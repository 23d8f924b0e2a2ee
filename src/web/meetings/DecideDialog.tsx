import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { OUTCOMES, type Outcome } from '../../shared/initiatives'
import { formatDateTime } from '../../shared/format'
import { ApiError } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { useMeetings, type MeetingChanges } from './queries'
import type { AgendaItem, Meeting } from './types'

const fieldIds = { outcome: 'decide-outcome-approve', wording: 'decide-wording', reservations: 'decide-reservations', deferToMeetingId: 'decide-defer-to' }

/** Record an item's decision: Bifall, Avslag or Bordläggning to a later meeting of the same body. */
export function DecideDialog({ meeting, item, changes, returnFocusTo, onClose }: { meeting: Meeting; item: AgendaItem; changes: MeetingChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [outcome, setOutcome] = useState<Outcome>('approve')
  // The decision starts from the case's proposed decision (förslag till beslut).
  const [wording, setWording] = useState(item.proposedDecision)
  const [reservations, setReservations] = useState('')
  const [deferTo, setDeferTo] = useState('')
  const later = useMeetings(collaboration.id, { bodyId: meeting.bodyId }, outcome === 'defer')
  const laterMeetings = (later.data ?? []).filter((m) => m.id !== meeting.id && m.startsAt > meeting.startsAt && m.status !== 'cancelled')
  const fields = changes.decide.error instanceof ApiError ? changes.decide.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    changes.decide.mutate({ itemId: item.id, body: { outcome, wording, reservations, deferToMeetingId: outcome === 'defer' ? deferTo || null : null } }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="decide-dialog-title" title={t('meeting.decide.title', { title: item.title })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={changes.decide.error} fieldIds={fieldIds} />
        <fieldset className={fields.outcome ? 'field field-invalid' : 'field'}>
          <legend>
            {t('meeting.decide.outcome')} <span className="field-required">({t('common.required')})</span>
          </legend>
          {fields.outcome && <p className="field-error">{fields.outcome}</p>}
          <div className="radio-row outcome-radios">
            {OUTCOMES.map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" id={`decide-outcome-${value}`} name="decide-outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
                {t(`meeting.decide.outcomes.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {outcome === 'defer' &&
          (later.isSuccess && laterMeetings.length === 0 ? (
            <p className="alert alert-warning">{t('meeting.decide.noLaterMeeting')}</p>
          ) : (
            <SelectField
              id={fieldIds.deferToMeetingId}
              label={t('meeting.decide.deferTo')}
              hint={t('meeting.decide.deferToHint')}
              error={fields.deferToMeetingId}
              required
              value={deferTo}
              onChange={setDeferTo}
              empty={t('meeting.decide.chooseMeeting')}
              options={laterMeetings.map((m) => ({ value: m.id, label: `${formatDateTime(m.startsAt)} ${m.place}`.trim() }))}
            />
          ))}
        <Field id={fieldIds.wording} label={t('meeting.decide.wording')} hint={t('meeting.decide.wordingHint')} error={fields.wording} required>
          {(props) => <textarea {...props} rows={4} value={wording} onChange={(e) => setWording(e.target.value)} />}
        </Field>
        <Field id={fieldIds.reservations} label={t('meeting.decide.reservations')} hint={t('meeting.decide.reservationsHint')} error={fields.reservations}>
          {(props) => <textarea {...props} rows={2} value={reservations} onChange={(e) => setReservations(e.target.value)} />}
        </Field>
        <FormActions pending={changes.decide.isPending} label={t('meeting.decide.save')} pendingLabel={t('meeting.decide.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
