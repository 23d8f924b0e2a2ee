import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { todayInSweden } from '../../shared/format'
import { ApiError } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { hundredthsToInput, isKronor, parseHundredths } from './benefits-format'
import type { BenefitChanges } from './queries'
import type { BenefitClass, BenefitDirection, Effect, Indicator, MemberFigures } from './types'

interface DialogProps {
  changes: BenefitChanges
  returnFocusTo: HTMLElement | null
  onClose: () => void
}

const fieldsOf = (error: unknown) => (error instanceof ApiError ? error.fields : {})

/** A text field; the server's message for it (problem+json) is shown at the field. */
function TextInput({ id, label, hint, error, required, value, onChange, short, lang }: { id: string; label: string; hint?: string; error?: string; required?: boolean; value: string; onChange: (value: string) => void; short?: boolean; lang?: string }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(props) => <input {...props} className={short ? 'input-short' : undefined} lang={lang} autoComplete="off" inputMode={short ? 'decimal' : undefined} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  )
}

/** A new effect, or a change to one (its version guards against overwriting someone else's change). */
export function EffectDialog({ effect, changes, returnFocusTo, onClose }: DialogProps & { effect: Effect | null }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(effect?.title ?? '')
  const [description, setDescription] = useState(effect?.description ?? '')
  const mutation = effect ? changes.updateEffect : changes.addEffect
  const fields = fieldsOf(mutation.error)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (effect) changes.updateEffect.mutate({ effectId: effect.id, body: { title, description, version: effect.version } }, { onSuccess: onClose })
    else changes.addEffect.mutate({ title, description }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="effect-dialog-title" title={effect ? t('benefits.effectDialog.editTitle') : t('benefits.effectDialog.addTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={{ title: 'effect-title', description: 'effect-description' }} />
        <TextInput id="effect-title" label={t('benefits.effectDialog.titleLabel')} hint={t('benefits.effectDialog.titleHint')} error={fields.title} required value={title} onChange={setTitle} />
        <Field id="effect-description" label={t('benefits.effectDialog.description')} hint={t('benefits.effectDialog.descriptionHint')} error={fields.description}>
          {(props) => <textarea {...props} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <FormActions pending={mutation.isPending} label={t('benefits.effectDialog.save')} pendingLabel={t('benefits.effectDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** A new indicator of an effect: what is measured, in which unit, which way is better, its kind of benefit and how often it is followed up. */
export function IndicatorDialog({ effect, changes, returnFocusTo, onClose }: DialogProps & { effect: Effect }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [unit, setUnit] = useState('')
  const [direction, setDirection] = useState<BenefitDirection>('increase')
  const [benefitClass, setBenefitClass] = useState<BenefitClass>('financial')
  const [months, setMonths] = useState('12')
  const mutation = changes.addIndicator
  const fields = fieldsOf(mutation.error)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const measureEveryMonths = /^\d+$/.test(months.trim()) ? Number(months.trim()) : Number.NaN
    mutation.mutate({ effectId: effect.id, body: { name, unit, direction, benefitClass, measureEveryMonths } }, { onSuccess: onClose })
  }
  const ids = { name: 'indicator-name', unit: 'indicator-unit', direction: 'indicator-direction', benefitClass: 'indicator-class', measureEveryMonths: 'indicator-months' }
  return (
    <Dialog titleId="indicator-dialog-title" title={t('benefits.indicatorDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('benefits.indicatorDialog.intro', { effect: effect.title })}</p>
        <ErrorSummary error={mutation.error} fieldIds={ids} />
        <TextInput id={ids.name} label={t('benefits.indicatorDialog.name')} hint={t('benefits.indicatorDialog.nameHint')} error={fields.name} required value={name} onChange={setName} />
        <TextInput id={ids.unit} label={t('benefits.indicatorDialog.unit')} hint={t('benefits.indicatorDialog.unitHint')} error={fields.unit} required value={unit} onChange={setUnit} />
        <SelectField
          id={ids.direction}
          label={t('benefits.indicatorDialog.direction')}
          error={fields.direction}
          required
          value={direction}
          onChange={setDirection}
          options={(['increase', 'decrease'] as const).map((value) => ({ value, label: t(`benefits.directions.${value}`) }))}
        />
        <SelectField
          id={ids.benefitClass}
          label={t('benefits.indicatorDialog.benefitClass')}
          error={fields.benefitClass}
          required
          value={benefitClass}
          onChange={setBenefitClass}
          options={(['financial', 'reallocated_time', 'quality'] as const).map((value) => ({ value, label: t(`benefits.classes.${value}`) }))}
        />
        <TextInput id={ids.measureEveryMonths} label={t('benefits.indicatorDialog.measureEveryMonths')} error={fields.measureEveryMonths} required short value={months} onChange={setMonths} />
        <FormActions pending={mutation.isPending} label={t('benefits.indicatorDialog.save')} pendingLabel={t('benefits.indicatorDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** The unit as the dialogs name it: money is typed in kronor, like the tables show it. */
const unitName = (indicator: Indicator) => (isKronor(indicator.unit) ? 'kr' : indicator.unit)

/** Checks the typed figures before sending: each must be a number with at most two decimals. */
function useFigureErrors() {
  const { t } = useTranslation()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const check = (texts: Record<string, string>): Record<string, number | null> | null => {
    const values: Record<string, number | null> = {}
    const found: Record<string, string> = {}
    for (const [key, text] of Object.entries(texts)) {
      const value = parseHundredths(text)
      if (value !== null && Number.isNaN(value)) found[key] = t('benefits.invalidNumber')
      else values[key] = value
    }
    setErrors(found)
    return Object.keys(found).length > 0 ? null : values
  }
  return { errors, check }
}

function LocalErrors({ errors, ids }: { errors: Record<string, string>; ids: Record<string, string> }): ReactNode {
  const { t } = useTranslation()
  const entries = Object.entries(errors)
  if (entries.length === 0) return null
  return (
    <div className="alert alert-error" role="alert">
      <h2 className="alert-title">{t('common.errorTitle')}</h2>
      <ul>
        {entries.map(([key, message]) => (
          <li key={key}>
            <a href={`#${ids[key] ?? ''}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A member's baseline (value, date, source) and target (value, date): one row per member and indicator, with its version. */
export function FiguresDialog({ indicator, figures, changes, returnFocusTo, onClose }: DialogProps & { indicator: Indicator; figures: MemberFigures }) {
  const { t } = useTranslation()
  const [baselineValue, setBaselineValue] = useState(hundredthsToInput(figures.baseline?.value))
  const [baselineDate, setBaselineDate] = useState(figures.baseline?.date ?? todayInSweden())
  const [baselineSource, setBaselineSource] = useState(figures.baseline?.source ?? '')
  const [targetValue, setTargetValue] = useState(hundredthsToInput(figures.target?.value))
  const [targetDate, setTargetDate] = useState(figures.target?.date ?? '')
  const mutation = changes.setMemberFigures
  const local = useFigureErrors()
  const server = fieldsOf(mutation.error)
  const ids = { baselineValue: 'figures-baseline-value', baselineDate: 'figures-baseline-date', baselineSource: 'figures-baseline-source', targetValue: 'figures-target-value', targetDate: 'figures-target-date' }
  const errorFor = (key: keyof typeof ids) => local.errors[key] ?? server[key]
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const values = local.check({ baselineValue, targetValue })
    if (!values) return
    mutation.mutate(
      {
        indicatorId: indicator.id,
        memberId: figures.memberId,
        body: {
          baselineValue: values.baselineValue ?? null,
          baselineDate: baselineDate.trim() || null,
          baselineSource,
          targetValue: values.targetValue ?? null,
          targetDate: targetDate.trim() || null,
          ...(figures.baseline ? { version: figures.baseline.version } : {}),
        },
      },
      { onSuccess: onClose },
    )
  }
  const dateHint = t('benefits.figuresDialog.dateHint')
  return (
    <Dialog titleId="figures-dialog-title" title={t('benefits.figuresDialog.title', { member: figures.memberName })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('benefits.figuresDialog.intro', { indicator: indicator.name, unit: unitName(indicator) })}</p>
        <LocalErrors errors={local.errors} ids={ids} />
        <ErrorSummary error={mutation.error} fieldIds={ids} />
        <div className="benefit-figure-pair">
          <TextInput id={ids.baselineValue} label={`${t('benefits.figuresDialog.baselineValue')} (${unitName(indicator)})`} error={errorFor('baselineValue')} required short value={baselineValue} onChange={setBaselineValue} />
          <TextInput id={ids.baselineDate} label={t('benefits.figuresDialog.baselineDate')} hint={dateHint} error={errorFor('baselineDate')} required short value={baselineDate} onChange={setBaselineDate} />
        </div>
        <TextInput id={ids.baselineSource} label={t('benefits.figuresDialog.baselineSource')} hint={t('benefits.figuresDialog.baselineSourceHint')} error={errorFor('baselineSource')} required value={baselineSource} onChange={setBaselineSource} />
        <div className="benefit-figure-pair">
          <TextInput id={ids.targetValue} label={`${t('benefits.figuresDialog.targetValue')} (${unitName(indicator)})`} error={errorFor('targetValue')} short value={targetValue} onChange={setTargetValue} />
          <TextInput id={ids.targetDate} label={t('benefits.figuresDialog.targetDate')} hint={dateHint} error={errorFor('targetDate')} short value={targetDate} onChange={setTargetDate} />
        </div>
        <FormActions pending={mutation.isPending} label={t('benefits.figuresDialog.save')} pendingLabel={t('benefits.figuresDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** A dated measurement of one member's indicator. */
export function MeasurementDialog({ indicator, figures, changes, returnFocusTo, onClose }: DialogProps & { indicator: Indicator; figures: MemberFigures }) {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const [date, setDate] = useState(todayInSweden())
  const [note, setNote] = useState('')
  const mutation = changes.addMeasurement
  const local = useFigureErrors()
  const server = fieldsOf(mutation.error)
  const ids = { value: 'measurement-value', date: 'measurement-date', note: 'measurement-note' }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const values = local.check({ value })
    if (!values) return
    mutation.mutate({ indicatorId: indicator.id, memberId: figures.memberId, body: { value: values.value ?? null, date: date.trim(), note } }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="measurement-dialog-title" title={t('benefits.measurementDialog.title', { member: figures.memberName })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('benefits.measurementDialog.intro', { indicator: indicator.name, unit: unitName(indicator) })}</p>
        <LocalErrors errors={local.errors} ids={ids} />
        <ErrorSummary error={mutation.error} fieldIds={ids} />
        <TextInput id={ids.value} label={`${t('benefits.measurementDialog.value')} (${unitName(indicator)})`} error={local.errors.value ?? server.value} required short value={value} onChange={setValue} />
        <TextInput id={ids.date} label={t('benefits.measurementDialog.date')} hint={t('benefits.figuresDialog.dateHint')} error={server.date} required short value={date} onChange={setDate} />
        <TextInput id={ids.note} label={t('benefits.measurementDialog.note')} error={server.note} value={note} onChange={setNote} />
        <FormActions pending={mutation.isPending} label={t('benefits.measurementDialog.save')} pendingLabel={t('benefits.measurementDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
