import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { ApiError, type FieldErrors } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useMembers } from '../members/queries'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { VisuallyHidden } from '../ui/Visually'
import { COST_KEY_KINDS } from './labels'
import { oreToInput, parseDecimal, parseKronor } from '../../shared/money'
import { useCreateCostKey, useRefreshFinance, useReviseCostKey } from './queries'
import type { CostKey, CostKeyKind, NewCostKey } from './types'
import { hasLeftBy } from '../../shared/membership'
import { todayInSweden } from '../../shared/format'

const FIELD_IDS = {
  name: 'key-name',
  description: 'key-description',
  kind: 'key-kind',
  populationYear: 'key-population-year',
  unitName: 'key-unit-name',
  fixedFeeOre: 'key-fixed-fee',
  perInhabitantOre: 'key-per-inhabitant',
  minimumOre: 'key-minimum',
  maximumOre: 'key-maximum',
  fixedAmounts: 'key-fixed-member',
  weights: 'key-weights',
}

interface Form {
  name: string
  description: string
  kind: CostKeyKind
  populationYear: string
  unitName: string
  fixedFee: string
  perInhabitant: string
  minimum: string
  maximum: string
  exempt: string[]
  fixedAmounts: { memberId: string; amount: string }[]
  weights: Record<string, string>
}

const EMPTY_FORM: Form = {
  name: '',
  description: '',
  kind: 'population',
  // Filled in with the newest population year once the members have loaded, unless typed over.
  populationYear: '',
  unitName: '',
  fixedFee: '',
  perInhabitant: '',
  minimum: '',
  maximum: '',
  exempt: [],
  fixedAmounts: [],
  weights: {},
}

/** A key's version as the form's text fields, amounts in kronor the Swedish way. */
function formOf(key: CostKey): Form {
  return {
    name: key.name,
    description: key.description,
    kind: key.kind,
    populationYear: key.populationYear === null ? '' : String(key.populationYear),
    unitName: key.unitName,
    fixedFee: oreToInput(key.fixedFeeOre),
    perInhabitant: key.perInhabitantOre === null ? '' : String(key.perInhabitantOre).replace('.', ','),
    minimum: oreToInput(key.minimumOre),
    maximum: oreToInput(key.maximumOre),
    exempt: key.exempt,
    fixedAmounts: key.fixedAmounts.map((f) => ({ memberId: f.memberId, amount: oreToInput(f.amountOre) })),
    weights: Object.fromEntries(key.weights.map((w) => [w.memberId, String(w.weight)])),
  }
}

/**
 * Ny fördelningsnyckel: name, kind and what the kind needs; exemptions, fixed amounts and a floor or cap for any kind.
 * With `revise`, the same form filled in from the newest version, saved as the next version of that key.
 */
export function CostKeyDialog({ revise, returnFocusTo, onClose }: { revise?: { key: CostKey; newestVersion: number }; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { collaboration } = useCurrentCollaboration()
  const memberList = useMembers(collaboration.id).data
  const members = (memberList?.members ?? []).filter((m) => !hasLeftBy(m, todayInSweden()))
  const create = useCreateCostKey(collaboration.id)
  const revision = useReviseCostKey(collaboration.id, revise?.key.id ?? '')
  const save = revise ? revision : create
  const refresh = useRefreshFinance(collaboration.id)
  // Someone else saved a newer version: close, and let the page show it (its versions list links to it).
  const showNewest = () => {
    void refresh()
    onClose()
  }
  const [form, setForm] = useState<Form>(() => (revise ? formOf(revise.key) : EMPTY_FORM))
  const [local, setLocal] = useState<FieldErrors>({})
  const [fixedMember, setFixedMember] = useState('')
  const [fixedAmount, setFixedAmount] = useState('')
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))
  const fields = { ...(save.error instanceof ApiError ? save.error.fields : {}), ...local }
  const usesPopulation = form.kind === 'population' || form.kind === 'price'
  const populationYear = form.populationYear || String(memberList?.populationYear ?? new Date().getFullYear() - 1)
  const nameOf = (memberId: string) => members.find((m) => m.id === memberId)?.name ?? ''

  const addFixed = () => {
    const amount = parseKronor(fixedAmount)
    if (!fixedMember || amount === null) {
      setLocal((l) => ({ ...l, fixedAmounts: t('finance.amountInvalid') }))
      return
    }
    setLocal(({ fixedAmounts: _, ...rest }) => rest)
    setForm((f) => ({ ...f, fixedAmounts: [...f.fixedAmounts.filter((x) => x.memberId !== fixedMember), { memberId: fixedMember, amount: fixedAmount }] }))
    setFixedMember('')
    setFixedAmount('')
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    const kronor = (text: string, field: string) => {
      if (text.trim() === '') return null
      const ore = parseKronor(text)
      if (ore === null) errors[field] = t('finance.amountInvalid')
      return ore
    }
    const year = usesPopulation ? Number(populationYear) : null
    if (usesPopulation && !/^\d{4}$/.test(populationYear.trim())) errors.populationYear = t('finance.yearInvalid')
    const perInhabitant = form.kind === 'price' && form.perInhabitant.trim() !== '' ? parseDecimal(form.perInhabitant) : null
    if (form.kind === 'price' && form.perInhabitant.trim() !== '' && perInhabitant === null) errors.perInhabitantOre = t('finance.numberInvalid')
    const weights = form.kind === 'weights' ? members.map((m) => ({ memberId: m.id, weight: Number(form.weights[m.id] ?? '0') })) : []
    if (weights.some((w) => !Number.isInteger(w.weight) || w.weight < 0)) errors.weights = t('finance.numberInvalid')
    const body: NewCostKey = {
      name: form.name,
      description: form.description,
      kind: form.kind,
      populationYear: year,
      unitName: form.kind === 'units' ? form.unitName : '',
      fixedFeeOre: form.kind === 'price' ? kronor(form.fixedFee, 'fixedFeeOre') : null,
      perInhabitantOre: perInhabitant,
      minimumOre: kronor(form.minimum, 'minimumOre'),
      maximumOre: kronor(form.maximum, 'maximumOre'),
      exempt: form.exempt,
      fixedAmounts: form.fixedAmounts.map((f) => ({ memberId: f.memberId, amountOre: parseKronor(f.amount) ?? 0 })),
      weights,
    }
    setLocal(errors)
    if (Object.keys(errors).length > 0) return
    const onSuccess = (key: CostKey) => {
      // The new key's (or version's) own page: a revision opened there replaces what is shown.
      onClose()
      void navigate(`/collaborations/${collaboration.id}/finance/cost-keys/${key.id}`)
    }
    if (revise) revision.mutate({ ...body, basedOnVersion: revise.newestVersion }, { onSuccess })
    else create.mutate(body, { onSuccess })
  }

  return (
    <Dialog titleId="key-dialog-title" title={revise ? t('finance.keyDialog.reviseTitle', { name: revise.key.name }) : t('finance.keyDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        {revise ? (
          <div className="alert alert-info dialog-intro">{t('finance.keyDialog.reviseIntro', { version: revise.newestVersion + 1 })}</div>
        ) : (
          <p className="field-hint dialog-intro">{t('finance.keyDialog.intro')}</p>
        )}
        <ErrorSummary error={save.error} fieldIds={FIELD_IDS} />
        {revise && save.error instanceof ApiError && save.error.code === 'cost_key_not_latest' && (
          <p>
            <button type="button" className="button button-secondary" onClick={showNewest}>
              {t('finance.keyDialog.showNewest')}
            </button>
          </p>
        )}
        <Field id={FIELD_IDS.name} label={t('finance.keyDialog.name')} error={fields.name} required>
          {(props) => <input {...props} autoComplete="off" value={form.name} onChange={(e) => set('name')(e.target.value)} />}
        </Field>
        <Field id={FIELD_IDS.description} label={t('finance.keyDialog.description')} error={fields.description}>
          {(props) => <textarea {...props} rows={2} value={form.description} onChange={(e) => set('description')(e.target.value)} />}
        </Field>
        <SelectField id={FIELD_IDS.kind} label={t('finance.keyDialog.kind')} error={fields.kind} required value={form.kind} onChange={set('kind')} options={COST_KEY_KINDS.map((kind) => ({ value: kind, label: t(`costKeyKind.${kind}`) }))} />
        {usesPopulation && (
          <Field id={FIELD_IDS.populationYear} label={t('finance.keyDialog.populationYear')} hint={t('finance.keyDialog.populationYearHint')} error={fields.populationYear} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={populationYear} onChange={(e) => set('populationYear')(e.target.value)} />}
          </Field>
        )}
        {form.kind === 'units' && (
          <Field id={FIELD_IDS.unitName} label={t('finance.keyDialog.unitName')} hint={t('finance.keyDialog.unitNameHint')} error={fields.unitName} required>
            {(props) => <input {...props} autoComplete="off" value={form.unitName} onChange={(e) => set('unitName')(e.target.value)} />}
          </Field>
        )}
        {form.kind === 'price' && (
          <div className="form-grid">
            <Field id={FIELD_IDS.fixedFeeOre} label={t('finance.keyDialog.fixedFee')} error={fields.fixedFeeOre} required>
              {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={form.fixedFee} onChange={(e) => set('fixedFee')(e.target.value)} />}
            </Field>
            <Field id={FIELD_IDS.perInhabitantOre} label={t('finance.keyDialog.perInhabitant')} hint={t('finance.keyDialog.perInhabitantHint')} error={fields.perInhabitantOre} required>
              {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={form.perInhabitant} onChange={(e) => set('perInhabitant')(e.target.value)} />}
            </Field>
          </div>
        )}
        {form.kind === 'weights' && (
          <fieldset className="finance-member-fieldset" id={FIELD_IDS.weights}>
            <legend>{t('finance.keyDialog.weights')}</legend>
            <p className="field-hint">{t('finance.keyDialog.weightsHint')}</p>
            {fields.weights && <p className="field-error">{fields.weights}</p>}
            <div className="finance-member-grid">
              {members.map((m) => (
                <label key={m.id} className="finance-weight">
                  <span>{m.name}</span>
                  <input
                    inputMode="numeric"
                    autoComplete="off"
                    aria-label={t('finance.keyDialog.weightFor', { member: m.name })}
                    value={form.weights[m.id] ?? ''}
                    onChange={(e) => setForm((f) => ({ ...f, weights: { ...f.weights, [m.id]: e.target.value } }))}
                  />
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <p className="field-hint">{t('finance.keyDialog.floorCapHint')}</p>
        <div className="form-grid">
          <Field id={FIELD_IDS.minimumOre} label={t('finance.keyDialog.minimum')} error={fields.minimumOre}>
            {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={form.minimum} onChange={(e) => set('minimum')(e.target.value)} />}
          </Field>
          <Field id={FIELD_IDS.maximumOre} label={t('finance.keyDialog.maximum')} error={fields.maximumOre}>
            {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={form.maximum} onChange={(e) => set('maximum')(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="finance-member-fieldset">
          <legend>{t('finance.keyDialog.exempt')}</legend>
          <p className="field-hint">{t('finance.keyDialog.exemptHint')}</p>
          <div className="finance-member-grid">
            {members.map((m) => (
              <label key={m.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.exempt.includes(m.id)}
                  onChange={(e) => set('exempt')(e.target.checked ? [...form.exempt, m.id] : form.exempt.filter((id) => id !== m.id))}
                />
                {m.name}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="finance-member-fieldset">
          <legend>{t('finance.keyDialog.fixedAmounts')}</legend>
          <p className="field-hint">{t('finance.keyDialog.fixedAmountsHint')}</p>
          {form.fixedAmounts.length > 0 && (
            <ul className="plain-list finance-fixed-list">
              {form.fixedAmounts.map((f) => (
                <li key={f.memberId}>
                  {nameOf(f.memberId)}: {f.amount} kr{' '}
                  <button type="button" className="button-link" onClick={() => set('fixedAmounts')(form.fixedAmounts.filter((x) => x.memberId !== f.memberId))}>
                    {t('finance.keyDialog.removeFixed')}
                    <VisuallyHidden> {nameOf(f.memberId)}</VisuallyHidden>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="inline-form">
            <SelectField
              id={FIELD_IDS.fixedAmounts}
              label={t('finance.keyDialog.fixedMember')}
              error={fields.fixedAmounts}
              value={fixedMember}
              onChange={setFixedMember}
              empty={t('finance.keyDialog.chooseMember')}
              options={members.map((m) => ({ value: m.id, label: m.name }))}
            />
            <Field id="key-fixed-amount" label={t('finance.keyDialog.fixedAmount')}>
              {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={fixedAmount} onChange={(e) => setFixedAmount(e.target.value)} />}
            </Field>
            <button type="button" className="button button-secondary" onClick={addFixed}>
              {t('finance.keyDialog.addFixed')}
            </button>
          </div>
        </fieldset>
        <FormActions
          pending={save.isPending}
          label={revise ? t('finance.keyDialog.reviseSave', { version: revise.newestVersion + 1 }) : t('finance.keyDialog.save')}
          pendingLabel={revise ? t('finance.keyDialog.reviseSaving') : t('finance.keyDialog.saving')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
