import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatOre, todayInSweden } from '../../shared/format'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { fieldErrors } from '../ui/form-errors'
import type { RoundChanges } from './queries'
import type { Plan, RoundDetail } from './types'

const ADOPT_IDS = { adoptedOn: 'plan-adopted-on', reference: 'plan-reference', goals: 'plan-goals' }

/** Fastställ planen: the steering body's decision (date and §) and the plan's goals; the funded proposals become initiatives. */
export function AdoptPlanDialog({ round, funded, changes, returnFocusTo, onClose }: { round: RoundDetail; funded: { count: number; totalOre: number } | null; changes: RoundChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [adoptedOn, setAdoptedOn] = useState(todayInSweden())
  const [reference, setReference] = useState('')
  const [goals, setGoals] = useState(round.goals)
  const adopt = changes.adoptPlan
  const fields = fieldErrors(adopt.error)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    adopt.mutate({ version: round.version, adoptedOn: adoptedOn.trim(), reference, goals }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="adopt-plan-title" title={t('planning.adoptDialog.title', { title: round.title })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form planning-form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">
          {funded ? t('planning.adoptDialog.introFunded', { count: funded.count, total: formatOre(funded.totalOre) }) : t('planning.adoptDialog.intro')}
        </p>
        <ErrorSummary error={adopt.error} fieldIds={ADOPT_IDS} />
        <div className="form-grid">
          <Field id={ADOPT_IDS.adoptedOn} label={t('planning.adoptDialog.adoptedOn')} hint={t('planning.dateHint')} error={fields.adoptedOn} required>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={adoptedOn} onChange={(e) => setAdoptedOn(e.target.value)} />}
          </Field>
          <Field id={ADOPT_IDS.reference} label={t('planning.adoptDialog.reference')} hint={t('planning.adoptDialog.referenceHint')} error={fields.reference}>
            {(props) => <input {...props} autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} />}
          </Field>
        </div>
        <Field id={ADOPT_IDS.goals} label={t('planning.adoptDialog.goals')} hint={t('planning.adoptDialog.goalsHint')} error={fields.goals}>
          {(props) => <textarea {...props} rows={5} value={goals} onChange={(e) => setGoals(e.target.value)} />}
        </Field>
        <FormActions pending={adopt.isPending} label={t('planning.adoptDialog.save')} pendingLabel={t('planning.adoptDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

const APPROVAL_IDS = { outcome: 'approval-approve', decidedOn: 'approval-date', reference: 'approval-reference' }

/** A member's own decision on the adopted plan (likalydande beslut): approved or not, when, and where it is recorded. */
export function ApprovalDialog({ plan, member, changes, returnFocusTo, onClose }: { plan: Plan; member: Plan['approvals'][number]; changes: RoundChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<'approve' | 'reject'>(member.outcome ?? 'approve')
  const [decidedOn, setDecidedOn] = useState(member.decidedOn ?? todayInSweden())
  const [reference, setReference] = useState(member.reference)
  const record = changes.recordApproval
  const fields = fieldErrors(record.error)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    record.mutate({ memberId: member.memberId, body: { outcome, decidedOn: decidedOn.trim(), reference } }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="approval-title" title={t('planning.approvalDialog.title', { member: member.name })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form planning-form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('planning.approvalDialog.intro', { title: plan.title, date: formatDate(plan.adoptedOn) })}</p>
        <ErrorSummary error={record.error} fieldIds={APPROVAL_IDS} />
        <fieldset className="field">
          <legend>{t('planning.approvalDialog.outcome')}</legend>
          {fields.outcome && <p className="field-error">{fields.outcome}</p>}
          <div className="radio-row">
            {(['approve', 'reject'] as const).map((option) => (
              <label key={option} className="checkbox">
                <input id={`approval-${option}`} type="radio" name="approval-outcome" checked={outcome === option} onChange={() => setOutcome(option)} />
                {t(`planning.approval.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid">
          <Field id={APPROVAL_IDS.decidedOn} label={t('planning.approvalDialog.decidedOn')} hint={t('planning.dateHint')} error={fields.decidedOn} required>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
          </Field>
          <Field id={APPROVAL_IDS.reference} label={t('planning.approvalDialog.reference')} hint={t('planning.approvalDialog.referenceHint')} error={fields.reference}>
            {(props) => <input {...props} autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} />}
          </Field>
        </div>
        <FormActions pending={record.isPending} label={t('planning.approvalDialog.save')} pendingLabel={t('planning.approvalDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
