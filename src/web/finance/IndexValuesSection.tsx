import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, QueryView } from '../ui/Status'
import { Table } from '../ui/Table'
import { VisuallyHidden } from '../ui/Visually'
import { formatIndexValue, groupBy, indexValueToInput } from './finance-format'
import { fieldErrors, useLocalErrors } from '../ui/form-errors'
import { parseDecimal } from '../../shared/money'
import { useIndexValues, useSetIndexValue } from './queries'
import { useFinanceRights } from './rights'
import type { IndexValue } from './types'
import { RowValueForm } from './RowValueForm'

/** A value the API accepts: positive, at most 100 000 and, as stored, three decimals. */
function parseIndexValue(text: string): number | null {
  const value = parseDecimal(text, 3)
  return value !== null && value > 0 && value <= 100_000 ? value : null
}

/** The change from the year before in per cent, one decimal ("+3,2 %"); empty for the first year. */
function changeText(previous: IndexValue | undefined, value: IndexValue): string {
  if (!previous || previous.year !== value.year - 1) return ''
  const percent = ((value.value - previous.value) / previous.value) * 100
  const text = percent.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).replace(/\u2212/g, '-')
  return `${text}\u00a0%`
}

type Adding = { series: string; opener: HTMLElement }

/** Index: each series (AKI …) per year; the coordinator edits a year's value in its row or adds a year. */
export function IndexValuesSection() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const values = useIndexValues(collaboration.id)
  const rights = useFinanceRights()
  const [adding, setAdding] = useState<Adding | null>(null)
  return (
    <section className="card table-card" aria-labelledby="index-heading" id="index">
      <div className="card-heading section-heading">
        <h2 id="index-heading">{t('finance.indexRates.indexTitle')}</h2>
        {rights.manageKeys && (
          <button type="button" className="button button-secondary button-small" onClick={(e) => setAdding({ series: '', opener: e.currentTarget })}>
            {t('finance.indexRates.addSeries')}
          </button>
        )}
      </div>
      <p className="finance-card-text">{t('finance.indexRates.indexIntro')}</p>
      <QueryView query={values}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty card-text">{t('finance.indexRates.indexNone')}</p>
          ) : (
            groupBy(list, (v) => v.series).map(({ key: series, items }) => (
              <SeriesTable key={series} series={series} values={items} editable={rights.manageKeys} onAdd={(opener) => setAdding({ series, opener })} />
            ))
          )
        }
      </QueryView>
      {adding && <IndexValueDialog series={adding.series} existing={values.data ?? []} returnFocusTo={adding.opener} onClose={() => setAdding(null)} />}
    </section>
  )
}

function SeriesTable({ series, values, editable, onAdd }: { series: string; values: IndexValue[]; editable: boolean; onAdd: (opener: HTMLElement) => void }) {
  const { t } = useTranslation()
  const sorted = [...values].sort((a, b) => a.year - b.year)
  const captionId = `index-${series.replace(/\W/g, '_')}-caption`
  return (
    <div className="finance-index-series">
      <Table captionId={captionId} caption={t('finance.indexRates.indexCaption', { series })} className="finance-table finance-index-table" captionClassName="finance-subcaption">
        <thead>
          <tr>
            <th scope="col">{t('finance.indexRates.year')}</th>
            <th scope="col" className={editable ? undefined : 'numeric'}>
              {t('finance.indexRates.value')}
            </th>
            <th scope="col" className="numeric">
              {t('finance.indexRates.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((value, i) => (
            <tr key={value.year}>
              <th scope="row">{value.year}</th>
              <td className={editable ? undefined : 'numeric'}>{editable ? <IndexValueForm value={value} /> : formatIndexValue(value.value)}</td>
              <td className="numeric">{changeText(sorted[i - 1], value)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {editable && (
        <p className="finance-card-text finance-add-row">
          <button type="button" className="button button-secondary button-small" onClick={(e) => onAdd(e.currentTarget)}>
            {t('finance.indexRates.addYear')}
            <VisuallyHidden> {t('finance.indexRates.toSeries', { series })}</VisuallyHidden>
          </button>
        </p>
      )}
    </div>
  )
}

/** One year's value, edited in its row (as the key page's usage figures are). */
function IndexValueForm({ value }: { value: IndexValue }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const save = useSetIndexValue(collaboration.id)
  const [text, setText] = useState(indexValueToInput(value.value))
  const [invalid, setInvalid] = useState(false)
  const id = `index-${value.series.replace(/\W/g, '_')}-${value.year}`
  const submit = () => {
    const parsed = parseIndexValue(text)
    setInvalid(parsed === null)
    if (parsed === null) return
    save.mutate({ series: value.series, year: value.year, value: parsed })
  }
  const error = save.error instanceof ApiError ? [save.error.title, ...save.error.messages.map((m) => m.message)].join(' ') : save.error ? t('common.errorTitle') : ''
  const message = invalid ? t('finance.indexRates.valueInvalid') : error
  return (
    <RowValueForm id={id} label={t('finance.indexRates.valueLabel', { series: value.series, year: value.year })} inputMode="decimal" value={text} onChange={setText} onSubmit={submit} pending={save.isPending}
      save={t('finance.indexRates.save')} saving={t('finance.indexRates.saving')} rowName={t('finance.indexRates.valueLabel', { series: value.series, year: value.year })} message={message}
      saved={save.isSuccess ? t('finance.indexRates.saved', { series: save.data.series, year: save.data.year, value: formatIndexValue(save.data.value) }) : null}
    />
  )
}

const INDEX_IDS = { series: 'index-series', year: 'index-year', value: 'index-value' }

/** Lägg till år: a series' value for a year it has none for; from "Ny indexserie" the series is typed too. */
function IndexValueDialog({ series: given, existing, returnFocusTo, onClose }: { series: string; existing: IndexValue[]; returnFocusTo: HTMLElement; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const save = useSetIndexValue(collaboration.id)
  const years = existing.filter((v) => v.series === given).map((v) => v.year)
  const [series, setSeries] = useState(given)
  const [year, setYear] = useState(String(years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear()))
  const [value, setValue] = useState('')
  const { local, setLocal, summary } = useLocalErrors()
  const fields = fieldErrors(save.error, local)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const name = series.trim()
    const parsed = parseIndexValue(value)
    const errors: Record<string, string> = {}
    if (name === '' || name.length > 20) errors.series = t('finance.indexDialog.seriesMissing')
    if (!/^\d{4}$/.test(year.trim()) || Number(year) < 2000 || Number(year) > 2100) errors.year = t('finance.yearInvalid')
    else if (existing.some((v) => v.series === name && v.year === Number(year))) errors.year = t('finance.indexDialog.yearExists', { series: name, year: year.trim() })
    if (parsed === null) errors.value = t('finance.indexRates.valueInvalid')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || parsed === null) return
    save.reset()
    save.mutate({ series: name, year: Number(year), value: parsed }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="index-dialog-title" title={given ? t('finance.indexDialog.titleFor', { series: given }) : t('finance.indexDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.indexDialog.intro')}</p>
        <ErrorSummary error={summary ?? save.error} fieldIds={INDEX_IDS} />
        {!given && (
          <Field id={INDEX_IDS.series} label={t('finance.indexDialog.series')} hint={t('finance.indexDialog.seriesHint')} error={fields.series} required>
            {(props) => <input {...props} className="input-short" autoComplete="off" value={series} onChange={(e) => setSeries(e.target.value)} />}
          </Field>
        )}
        <div className="form-grid">
          <Field id={INDEX_IDS.year} label={t('finance.indexDialog.year')} error={fields.year} required>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={year} onChange={(e) => setYear(e.target.value)} />}
          </Field>
          <Field id={INDEX_IDS.value} label={t('finance.indexDialog.value')} hint={t('finance.indexDialog.valueHint')} error={fields.value} required>
            {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />}
          </Field>
        </div>
        <FormActions pending={save.isPending} label={t('finance.indexDialog.save')} pendingLabel={t('finance.indexDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
