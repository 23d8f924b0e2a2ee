import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldErrors } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { fieldErrors, useLocalErrors } from '../ui/form-errors'
import type { RoundChanges } from './queries'
import type { Proposal, RoundDetail } from './types'

type Decision = 'accepted' | 'merged' | 'rejected'
const FIELD_IDS = { screening: 'screening-accepted', reason: 'screening-reason', mergedIntoId: 'screening-merge' }

/** Granska förslaget: accept it for prioritisation, merge it into another, or reject it; the last two with a reason. */
export function ScreeningDialog({ round, proposal, changes, returnFocusTo, onClose }: { round: RoundDetail; proposal: Proposal; changes: RoundChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [decision, setDecision] = useState<Decision>(proposal.screening === 'pending' ? 'accepted' : proposal.screening)
  const [reason, setReason] = useState(proposal.screeningReason)
  const [mergedIntoId, setMergedIntoId] = useState(proposal.mergedIntoId ?? '')
  const { local, setLocal, summary } = useLocalErrors()
  const screen = changes.screen
  const fields = fieldErrors(screen.error, local)
  const targets = round.proposals.filter((p) => p.id !== proposal.id && p.screening !== 'merged' && p.screening !== 'rejected')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    if (decision === 'merged' && !mergedIntoId) errors.mergedIntoId = t('planning.screeningDialog.targetMissing')
    if (decision !== 'accepted' && reason.trim() === '') errors.reason = t('planning.screeningDialog.reasonMissing')
    setLocal(errors)
    if (Object.keys(errors).length > 0) return
    screen.reset()
    screen.mutate(
      { proposalId: proposal.id, body: { version: proposal.version, screening: decision, reason, mergedIntoId: decision === 'merged' ? mergedIntoId : null } },
      { onSuccess: onClose },
    )
  }

  return (
    <Dialog titleId="screening-title" title={t('planning.screeningDialog.title', { number: proposal.number, title: proposal.title })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form planning-form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('planning.screeningDialog.intro')}</p>
        <ErrorSummary error={summary ?? screen.error} fieldIds={FIELD_IDS} />
        <fieldset className="field">
          <legend>{t('planning.screeningDialog.decision')}</legend>
          <div className="planning-radio-column">
            {(['accepted', 'merged', 'rejected'] as const).map((option) => (
              <label key={option} className="checkbox">
                <input id={`screening-${option}`} type="radio" name="screening" checked={decision === option} onChange={() => setDecision(option)} />
                {t(`planning.screeningDialog.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {decision === 'merged' && (
          <SelectField
            id={FIELD_IDS.mergedIntoId}
            label={t('planning.screeningDialog.target')}
            error={fields.mergedIntoId}
            required
            value={mergedIntoId}
            onChange={setMergedIntoId}
            empty={t('planning.screeningDialog.chooseTarget')}
            options={targets.map((p) => ({ value: p.id, label: t('planning.proposals.heading', { number: p.number, title: p.title }) }))}
          />
        )}
        <Field id={FIELD_IDS.reason} label={t('planning.screeningDialog.reason')} hint={t('planning.screeningDialog.reasonHint')} error={fields.reason} required={decision !== 'accepted'}>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <FormActions pending={screen.isPending} label={t('planning.screeningDialog.save')} pendingLabel={t('planning.screeningDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
