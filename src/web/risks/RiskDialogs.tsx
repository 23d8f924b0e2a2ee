import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { RISK_CATEGORIES as CATEGORIES, RISK_KINDS as KINDS, strategiesOf } from '../../shared/risks'
import { ApiError } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import type { InitiativeRisksData, ReviewInput, RiskChanges, RiskData, RiskInput } from './queries'

const GRADES = ['1', '2', '3', '4', '5'] as const

type Kind = (typeof KINDS)[number]
type Strategy = RiskInput['strategy']

const ids = {
  kind: 'risk-kind',
  title: 'risk-title',
  category: 'risk-category',
  cause: 'risk-cause',
  consequence: 'risk-consequence',
  probabilityBefore: 'risk-probability-before',
  consequenceBefore: 'risk-consequence-before',
  probabilityAfter: 'risk-probability-after',
  consequenceAfter: 'risk-consequence-after',
  strategy: 'risk-strategy',
  measures: 'risk-measures',
  ownerUserId: 'risk-owner',
  ownerName: 'risk-owner-name',
  nextReview: 'risk-next-review',
  memberId: 'risk-member',
  reason: 'risk-close-reason',
}

const toGrade = (value: string) => (value === '' ? null : Number(value))

/** Probability and consequence 1–5 as two selects, before or after measures ("not assessed" allowed after). */
function Assessment({ which, probability, consequence, onChange, errors, optional }: { which: 'Before' | 'After'; probability: string; consequence: string; onChange: (p: string, c: string) => void; errors: Record<string, string>; optional?: boolean }) {
  const { t } = useTranslation()
  const p = `probability${which}` as const
  const c = `consequence${which}` as const
  const options = GRADES.map((g) => ({ value: g, label: g }))
  return (
    <fieldset className="field risk-assessment">
      <legend>{t(which === 'Before' ? 'risks.form.before' : 'risks.form.after')}</legend>
      {optional && <p className="field-hint">{t('risks.form.afterHint')}</p>}
      <div className="risk-assessment-fields">
        <SelectField<string> id={ids[p]} label={t('risks.form.probability')} error={errors[p]} value={probability} onChange={(v) => onChange(v, consequence)} options={options} empty={optional ? t('risks.form.notSet') : undefined} required={!optional} />
        <SelectField<string> id={ids[c]} label={t('risks.form.consequenceScale')} error={errors[c]} value={consequence} onChange={(v) => onChange(probability, v)} options={options} empty={optional ? t('risks.form.notSet') : undefined} required={!optional} />
      </div>
    </fieldset>
  )
}

/** Add a risk, or change one: every field of the register, with the server's field errors and 409 on a stale version. */
export function RiskDialog({ register, risk, changes, returnFocusTo, onClose }: { register: InitiativeRisksData; risk: RiskData | null; changes: RiskChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const ownOnly = register.editableMemberIds
  const [kind, setKind] = useState<Kind>(risk?.kind ?? 'risk')
  const [title, setTitle] = useState(risk?.title ?? '')
  const [category, setCategory] = useState<(typeof CATEGORIES)[number]>(risk?.category ?? 'organisation')
  const [cause, setCause] = useState(risk?.cause ?? '')
  const [consequence, setConsequence] = useState(risk?.consequence ?? '')
  const [before, setBefore] = useState({ p: String(risk?.probabilityBefore ?? 3), c: String(risk?.consequenceBefore ?? 3) })
  const [after, setAfter] = useState({ p: risk?.probabilityAfter ? String(risk.probabilityAfter) : '', c: risk?.consequenceAfter ? String(risk.consequenceAfter) : '' })
  const [strategy, setStrategy] = useState<Strategy>(risk?.strategy ?? 'reduce')
  const [measures, setMeasures] = useState(risk?.measures ?? '')
  const [ownerUserId, setOwnerUserId] = useState(risk?.ownerUserId ?? '')
  const [ownerName, setOwnerName] = useState(risk && !risk.ownerUserId ? risk.ownerName : '')
  const [nextReview, setNextReview] = useState(risk?.nextReview ?? '')
  const [memberId, setMemberId] = useState(risk?.memberId ?? (ownOnly?.length === 1 ? ownOnly[0]! : ''))
  const mutation = risk ? changes.update : changes.create
  const errors = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const members = register.participants.filter((p) => !ownOnly || ownOnly.includes(p.memberId))
  const strategies = strategiesOf(kind)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: RiskInput = {
      kind,
      title,
      category,
      cause,
      consequence,
      probabilityBefore: Number(before.p),
      consequenceBefore: Number(before.c),
      probabilityAfter: toGrade(after.p),
      consequenceAfter: toGrade(after.c),
      strategy,
      measures,
      ownerUserId: ownerUserId || null,
      ownerName: ownerUserId ? '' : ownerName,
      nextReview: nextReview || null,
      memberId: memberId || null,
    }
    if (risk) changes.update.mutate({ riskId: risk.id, body: { ...body, version: risk.version } }, { onSuccess: onClose })
    else changes.create.mutate(body, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="risk-dialog-title" title={t(risk ? 'risks.form.editTitle' : 'risks.form.addTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={ids} />
        <SelectField<Kind>
          id={ids.kind}
          label={t('risks.form.kind')}
          error={errors.kind}
          value={kind}
          onChange={(value) => {
            setKind(value)
            if (!strategiesOf(value).includes(strategy)) setStrategy(strategiesOf(value)[0]!)
          }}
          options={KINDS.map((k) => ({ value: k, label: t(`risks.kind.${k}`) }))}
        />
        <Field id={ids.title} label={t('risks.form.titleLabel')} error={errors.title} required>
          {(props) => <input {...props} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <SelectField id={ids.category} label={t('risks.form.category')} error={errors.category} value={category} onChange={setCategory} options={CATEGORIES.map((c) => ({ value: c, label: t(`risks.category.${c}`) }))} />
        <Field id={ids.cause} label={t('risks.form.cause')} error={errors.cause}>
          {(props) => <textarea {...props} rows={2} value={cause} onChange={(e) => setCause(e.target.value)} />}
        </Field>
        <Field id={ids.consequence} label={t('risks.form.consequence')} error={errors.consequence}>
          {(props) => <textarea {...props} rows={2} value={consequence} onChange={(e) => setConsequence(e.target.value)} />}
        </Field>
        <Assessment which="Before" probability={before.p} consequence={before.c} onChange={(p, c) => setBefore({ p, c })} errors={errors} />
        <SelectField<Strategy> id={ids.strategy} label={t('risks.form.strategy')} error={errors.strategy} value={strategy} onChange={setStrategy} options={strategies.map((s) => ({ value: s, label: t(`risks.strategy.${s}`) }))} />
        <Field id={ids.measures} label={t('risks.form.measures')} error={errors.measures}>
          {(props) => <textarea {...props} rows={3} value={measures} onChange={(e) => setMeasures(e.target.value)} />}
        </Field>
        <Assessment which="After" probability={after.p} consequence={after.c} onChange={(p, c) => setAfter({ p, c })} errors={errors} optional />
        <SelectField id={ids.ownerUserId} label={t('risks.form.owner')} error={errors.ownerUserId} value={ownerUserId} onChange={setOwnerUserId} empty={t('risks.form.ownerNone')} options={register.people.map((p) => ({ value: p.userId, label: p.name }))} />
        {!ownerUserId && (
          <Field id={ids.ownerName} label={t('risks.form.ownerName')} hint={t('risks.form.ownerNameHint')} error={errors.ownerName}>
            {(props) => <input {...props} autoComplete="off" value={ownerName} onChange={(e) => setOwnerName(e.target.value)} />}
          </Field>
        )}
        <Field id={ids.nextReview} label={t('risks.form.nextReview')} hint={t('risks.form.dateHint')} error={errors.nextReview}>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={nextReview} onChange={(e) => setNextReview(e.target.value.trim())} />}
        </Field>
        <SelectField id={ids.memberId} label={t('risks.form.member')} error={errors.memberId} value={memberId} onChange={setMemberId} empty={ownOnly ? undefined : t('risks.form.memberNone')} options={members.map((m) => ({ value: m.memberId, label: m.name }))} />
        <FormActions pending={mutation.isPending} label={t('risks.form.save')} pendingLabel={t('risks.form.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** Granska: a new assessment and the next review date. */
export function ReviewDialog({ risk, changes, returnFocusTo, onClose }: { risk: RiskData; changes: RiskChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [before, setBefore] = useState({ p: String(risk.probabilityBefore), c: String(risk.consequenceBefore) })
  const [after, setAfter] = useState({ p: risk.probabilityAfter ? String(risk.probabilityAfter) : '', c: risk.consequenceAfter ? String(risk.consequenceAfter) : '' })
  const [nextReview, setNextReview] = useState('')
  const errors = changes.review.error instanceof ApiError ? changes.review.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: ReviewInput = { version: risk.version, probabilityBefore: Number(before.p), consequenceBefore: Number(before.c), probabilityAfter: toGrade(after.p), consequenceAfter: toGrade(after.c), nextReview }
    changes.review.mutate({ riskId: risk.id, body }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="risk-review-title" title={`${t('risks.form.reviewTitle')}: ${risk.title}`} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('risks.form.reviewIntro')}</p>
        <ErrorSummary error={changes.review.error} fieldIds={ids} />
        <Assessment which="Before" probability={before.p} consequence={before.c} onChange={(p, c) => setBefore({ p, c })} errors={errors} />
        <Assessment which="After" probability={after.p} consequence={after.c} onChange={(p, c) => setAfter({ p, c })} errors={errors} optional />
        <Field id={ids.nextReview} label={t('risks.form.nextReview')} hint={t('risks.form.dateHint')} error={errors.nextReview} required>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={nextReview} onChange={(e) => setNextReview(e.target.value.trim())} />}
        </Field>
        <FormActions pending={changes.review.isPending} label={t('risks.form.saveReview')} pendingLabel={t('risks.form.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

export function CloseRiskDialog({ risk, changes, returnFocusTo, onClose }: { risk: RiskData; changes: RiskChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const errors = changes.close.error instanceof ApiError ? changes.close.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    changes.close.mutate({ riskId: risk.id, body: { version: risk.version, reason } }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="risk-close-title" title={`${t('risks.form.closeTitle')}: ${risk.title}`} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={changes.close.error} fieldIds={ids} />
        <Field id={ids.reason} label={t('risks.form.closeReason')} error={errors.reason} required>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <FormActions pending={changes.close.isPending} label={t('risks.form.saveClose')} pendingLabel={t('risks.form.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
