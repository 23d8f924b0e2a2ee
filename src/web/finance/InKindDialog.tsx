import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatOre } from '../../shared/format'
import type { FieldErrors } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { formatHours } from './finance-format'
import { fieldErrors, useLocalErrors } from '../ui/form-errors'
import { inKindValueOre, parseDecimal } from '../../shared/money'
import { useHourlyRates, type BudgetChanges } from './queries'
import { useFinanceRights } from './rights'
import type { BudgetDetail } from './types'

// The API reports a member who does not share the budget on the path's parameter.
const IN_KIND_IDS = { 'params.memberId': 'in-kind-member', hourlyRateId: 'in-kind-rate', hours: 'in-kind-hours', description: 'in-kind-description' }

/** Hours with at most two decimals, as the API takes them; null otherwise. */
function parseHours(text: string): number | null {
  const hours = parseDecimal(text, 2)
  return hours !== null && hours > 0 && hours <= 100_000 ? hours : null
}

/** The members the user may record for among the budget's participants: its own member for a representative. */
export function useInKindMembers(budget: BudgetDetail) {
  const rights = useFinanceRights()
  return budget.participants.filter((p) => rights.mayRecordInKindFor(p.memberId))
}

/** Registrera egeninsats: a member's hours on the budget at an agreed hourly rate of the budget's year. */
export function InKindDialog({ budget, changes, returnFocusTo, onClose }: { budget: BudgetDetail; changes: BudgetChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = useFinanceRights()
  const members = useInKindMembers(budget)
  const rates = useHourlyRates(collaboration.id)
  const yearRates = (rates.data ?? []).filter((rate) => rate.year === budget.year)
  // A representative records for the member it represents: chosen for it and not to be changed.
  const locked = rights.inKindOwnMemberOnly && members.length === 1 ? members[0]! : null
  const [memberId, setMemberId] = useState(locked?.memberId ?? '')
  const [hourlyRateId, setHourlyRateId] = useState('')
  const [hours, setHours] = useState('')
  const [description, setDescription] = useState('')
  const { local, setLocal, summary } = useLocalErrors()
  const record = changes.recordInKind
  const fields = fieldErrors(record.error, local)
  const parsedHours = parseHours(hours)
  const rate = yearRates.find((r) => r.id === hourlyRateId)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    if (!memberId) errors['params.memberId'] = t('finance.inKindDialog.memberMissing')
    if (!hourlyRateId) errors.hourlyRateId = t('finance.inKindDialog.rateMissing')
    if (parsedHours === null) errors.hours = t('finance.inKindDialog.hoursInvalid')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || parsedHours === null) return
    record.reset()
    record.mutate({ memberId, body: { hourlyRateId, hours: parsedHours, description } }, { onSuccess: onClose })
  }

  return (
    <Dialog titleId="in-kind-title" title={t('finance.inKindDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.inKindDialog.intro', { year: budget.year, scope: budget.scopeName })}</p>
        <ErrorSummary error={summary ?? record.error} fieldIds={IN_KIND_IDS} />
        {locked ? (
          <Field id={IN_KIND_IDS['params.memberId']} label={t('finance.inKindDialog.member')} hint={t('finance.inKindDialog.memberLocked')} error={fields['params.memberId']}>
            {(props) => <input {...props} readOnly value={locked.name} />}
          </Field>
        ) : (
          <SelectField
            id={IN_KIND_IDS['params.memberId']}
            label={t('finance.inKindDialog.member')}
            error={fields['params.memberId']}
            required
            value={memberId}
            onChange={setMemberId}
            empty={t('finance.inKindDialog.chooseMember')}
            options={members.map((m) => ({ value: m.memberId, label: m.name }))}
          />
        )}
        {rates.isSuccess && yearRates.length === 0 ? (
          <p className="alert alert-info" id={IN_KIND_IDS.hourlyRateId}>
            {t('finance.inKindDialog.noRates', { year: budget.year })}{' '}
            <Link to={`/collaborations/${collaboration.id}/finance/cost-keys#hourly-rates`}>{t('finance.inKindDialog.ratesLink')}</Link>
          </p>
        ) : (
          <SelectField
            id={IN_KIND_IDS.hourlyRateId}
            label={t('finance.inKindDialog.rate', { year: budget.year })}
            error={fields.hourlyRateId}
            required
            value={hourlyRateId}
            onChange={setHourlyRateId}
            empty={t('finance.inKindDialog.chooseRate')}
            options={yearRates.map((r) => ({ value: r.id, label: t('finance.inKindDialog.rateOption', { role: r.roleName, rate: formatOre(r.rateOre) }) }))}
          />
        )}
        <Field id={IN_KIND_IDS.hours} label={t('finance.inKindDialog.hours')} hint={t('finance.inKindDialog.hoursHint')} error={fields.hours} required>
          {(props) => <input {...props} className="input-short" inputMode="decimal" autoComplete="off" value={hours} onChange={(e) => setHours(e.target.value)} />}
        </Field>
        {/* Always present, so the value is announced as it changes. */}
        <p className="finance-in-kind-value" aria-live="polite">
          {rate && parsedHours !== null ? t('finance.inKindDialog.value', { hours: formatHours(parsedHours), rate: formatOre(rate.rateOre), value: formatOre(inKindValueOre(parsedHours, rate.rateOre)) }) : ''}
        </p>
        <Field id={IN_KIND_IDS.description} label={t('finance.inKindDialog.description')} hint={t('finance.inKindDialog.descriptionHint')} error={fields.description}>
          {(props) => <input {...props} autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <FormActions pending={record.isPending} label={t('finance.inKindDialog.save')} pendingLabel={t('finance.inKindDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
