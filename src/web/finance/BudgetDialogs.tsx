import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatOre, todayInSweden } from '../../shared/format'
import type { FieldErrors } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { fieldErrors, useLocalErrors } from '../ui/form-errors'
import { COST_CATEGORIES } from './labels'
import { parseKronor } from '../../shared/money'
import { useCostKeys, type BudgetChanges } from './queries'
import type { BudgetDetail, CostCategory, CostLine, Funding } from './types'

interface DialogProps {
  budget: BudgetDetail
  changes: BudgetChanges
  returnFocusTo: HTMLElement | null
  onClose: () => void
}

const LINE_IDS = { category: 'line-category', description: 'line-description', amountOre: 'line-amount', costKeyId: 'line-key', paidInAdvance: 'line-advance' }

/** Lägg till kostnadsrad: category, description, amount in kronor (read exactly as öre), key and paid in advance. */
export function CostLineDialog({ changes, returnFocusTo, onClose }: Omit<DialogProps, 'budget'>) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const keys = (useCostKeys(collaboration.id).data ?? []).filter((key) => key.latest)
  const [category, setCategory] = useState<CostCategory | ''>('')
  const [description, setDescription] = useState('')
  const [amount, setAmount] = useState('')
  const [costKeyId, setCostKeyId] = useState('')
  const [paidInAdvance, setPaidInAdvance] = useState(false)
  const { local, setLocal, summary } = useLocalErrors()
  const add = changes.addLine
  const fields = fieldErrors(add.error, local)
  const priceKey = keys.find((key) => key.id === costKeyId)?.kind === 'price'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    const amountOre = amount.trim() === '' && priceKey ? 0 : parseKronor(amount)
    // In the order of the fields, so the summary reads top to bottom.
    if (!category) errors.category = t('finance.lineDialog.categoryMissing')
    if (description.trim().length < 2) errors.description = t('finance.lineDialog.descriptionMissing')
    if (amountOre === null) errors.amountOre = t('finance.amountInvalid')
    if (!costKeyId) errors.costKeyId = t('finance.lineDialog.keyMissing')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || !category || amountOre === null) return
    add.reset()
    add.mutate({ category, description, amountOre, costKeyId, paidInAdvance }, { onSuccess: onClose })
  }

  return (
    <Dialog titleId="cost-line-title" title={t('finance.lineDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.lineDialog.intro')}</p>
        <ErrorSummary error={summary ?? add.error} fieldIds={LINE_IDS} />
        <SelectField
          id={LINE_IDS.category}
          label={t('finance.lineDialog.category')}
          error={fields.category}
          required
          value={category}
          onChange={setCategory}
          empty={t('finance.lineDialog.chooseCategory')}
          options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`costCategory.${c}`) }))}
        />
        <Field id={LINE_IDS.description} label={t('finance.lineDialog.description')} error={fields.description} required>
          {(props) => <input {...props} autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Field id={LINE_IDS.amountOre} label={t('finance.lineDialog.amount')} hint={t('finance.lineDialog.amountHint')} error={fields.amountOre} required={!priceKey}>
          {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <SelectField
          id={LINE_IDS.costKeyId}
          label={t('finance.lineDialog.key')}
          error={fields.costKeyId}
          required
          value={costKeyId}
          onChange={setCostKeyId}
          empty={t('finance.lineDialog.chooseKey')}
          options={keys.map((key) => ({ value: key.id, label: `${key.name} (${t(`costKeyKind.${key.kind}`)})` }))}
        />
        <div className="field">
          <label className="checkbox">
            <input id={LINE_IDS.paidInAdvance} type="checkbox" checked={paidInAdvance} onChange={(e) => setPaidInAdvance(e.target.checked)} />
            {t('finance.lineDialog.paidInAdvance')}
          </label>
        </div>
        <FormActions pending={add.isPending} label={t('finance.lineDialog.save')} pendingLabel={t('finance.lineDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

const FUNDING_IDS = { status: 'funding-granted', decidedOn: 'funding-date' }

/** The funder's answer: granted or refused, and when. */
export function FundingDecisionDialog({ funding, changes, returnFocusTo, onClose }: Omit<DialogProps, 'budget'> & { funding: Funding }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<'granted' | 'refused'>('granted')
  const [decidedOn, setDecidedOn] = useState(todayInSweden())
  const decide = changes.decideFunding
  const fields = fieldErrors(decide.error, {})
  const submit = (event: FormEvent) => {
    event.preventDefault()
    decide.mutate({ fundingId: funding.id, body: { version: funding.version, status, decidedOn: decidedOn.trim() || null } }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="funding-title" title={t('finance.fundingDialog.title', { funder: funding.funder })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.fundingDialog.intro', { amount: formatOre(funding.amountOre) })}</p>
        <ErrorSummary error={decide.error} fieldIds={FUNDING_IDS} />
        <fieldset className="field">
          <legend>{t('finance.fundingDialog.outcome')}</legend>
          {fields.status && <p className="field-error">{fields.status}</p>}
          <div className="radio-row">
            {(['granted', 'refused'] as const).map((option) => (
              <label key={option} className="checkbox">
                <input id={`funding-${option}`} type="radio" name="funding-status" value={option} checked={status === option} onChange={() => setStatus(option)} />
                {t(`fundingStatus.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={FUNDING_IDS.decidedOn} label={t('finance.fundingDialog.decidedOn')} hint={t('finance.dateHint')} error={fields.decidedOn} required>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
        </Field>
        <FormActions pending={decide.isPending} label={t('finance.fundingDialog.save')} pendingLabel={t('finance.fundingDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

const ACTUAL_IDS = { bookedOn: 'actual-date', amountOre: 'actual-amount', description: 'actual-description' }

/** Boka utfall: what was paid against one line, when; a negative amount corrects an earlier booking. */
export function ActualCostDialog({ line, changes, returnFocusTo, onClose }: Omit<DialogProps, 'budget'> & { line: CostLine }) {
  const { t } = useTranslation()
  const [bookedOn, setBookedOn] = useState(todayInSweden())
  const [amount, setAmount] = useState('')
  const [description, setDescription] = useState('')
  const { local, setLocal, summary } = useLocalErrors()
  const record = changes.recordActual
  const fields = fieldErrors(record.error, local)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const amountOre = parseKronor(amount, { allowNegative: true })
    setLocal(amountOre === null ? { amountOre: t('finance.amountInvalid') } : {})
    if (amountOre === null) return
    record.reset()
    record.mutate({ lineId: line.id, body: { bookedOn: bookedOn.trim(), amountOre, description } }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="actual-title" title={t('finance.actualDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.actualDialog.intro', { line: line.description })}</p>
        <ErrorSummary error={summary ?? record.error} fieldIds={ACTUAL_IDS} />
        <div className="form-grid">
          <Field id={ACTUAL_IDS.bookedOn} label={t('finance.actualDialog.bookedOn')} hint={t('finance.dateHint')} error={fields.bookedOn} required>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={bookedOn} onChange={(e) => setBookedOn(e.target.value)} />}
          </Field>
          <Field id={ACTUAL_IDS.amountOre} label={t('finance.actualDialog.amount')} hint={t('finance.actualDialog.amountHint')} error={fields.amountOre} required>
            {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
          </Field>
        </div>
        <Field id={ACTUAL_IDS.description} label={t('finance.actualDialog.description')} error={fields.description}>
          {(props) => <input {...props} autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <FormActions pending={record.isPending} label={t('finance.actualDialog.save')} pendingLabel={t('finance.actualDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

const APPLICATION_IDS = { funder: 'application-funder', description: 'application-description', amountOre: 'application-amount', guaranteeKeyId: 'application-key' }

/** Registrera ansökan: a grant applied for, and the key by which the members guarantee it if it is refused. */
export function FundingApplicationDialog({ changes, returnFocusTo, onClose }: Omit<DialogProps, 'budget'>) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const keys = (useCostKeys(collaboration.id).data ?? []).filter((key) => key.latest)
  const [funder, setFunder] = useState('')
  const [description, setDescription] = useState('')
  const [amount, setAmount] = useState('')
  const [guaranteeKeyId, setGuaranteeKeyId] = useState('')
  const { local, setLocal, summary } = useLocalErrors()
  const add = changes.addFunding
  const fields = fieldErrors(add.error, local)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const amountOre = parseKronor(amount)
    const errors: FieldErrors = {}
    if (funder.trim().length < 2) errors.funder = t('finance.applicationDialog.funderMissing')
    if (amountOre === null || amountOre === 0) errors.amountOre = t('finance.applicationDialog.amountInvalid')
    if (!guaranteeKeyId) errors.guaranteeKeyId = t('finance.applicationDialog.keyMissing')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || amountOre === null) return
    add.reset()
    add.mutate({ funder, description, amountOre, guaranteeKeyId }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="application-title" title={t('finance.applicationDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.applicationDialog.intro')}</p>
        <ErrorSummary error={summary ?? add.error} fieldIds={APPLICATION_IDS} />
        <Field id={APPLICATION_IDS.funder} label={t('finance.applicationDialog.funder')} hint={t('finance.applicationDialog.funderHint')} error={fields.funder} required>
          {(props) => <input {...props} autoComplete="off" value={funder} onChange={(e) => setFunder(e.target.value)} />}
        </Field>
        <Field id={APPLICATION_IDS.description} label={t('finance.applicationDialog.description')} error={fields.description}>
          {(props) => <textarea {...props} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Field id={APPLICATION_IDS.amountOre} label={t('finance.applicationDialog.amount')} hint={t('finance.applicationDialog.amountHint')} error={fields.amountOre} required>
          {(props) => <input {...props} className="input-short" inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <SelectField
          id={APPLICATION_IDS.guaranteeKeyId}
          label={t('finance.applicationDialog.key')}
          hint={t('finance.applicationDialog.keyHint')}
          error={fields.guaranteeKeyId}
          required
          value={guaranteeKeyId}
          onChange={setGuaranteeKeyId}
          empty={t('finance.lineDialog.chooseKey')}
          options={keys.map((key) => ({ value: key.id, label: `${key.name} (${t(`costKeyKind.${key.kind}`)})` }))}
        />
        <FormActions pending={add.isPending} label={t('finance.applicationDialog.save')} pendingLabel={t('finance.applicationDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
