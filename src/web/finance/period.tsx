import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { SelectField } from '../ui/SelectField'
import type { Period } from './types'

const QUARTERS = ['1', '2', '3', '4'] as const

/** The years the period picker offers: next year, this year and five before, plus one chosen in the address. */
export function yearChoices(chosen: number, thisYear = new Date().getFullYear()): number[] {
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i)
  if (!years.includes(chosen)) years.push(chosen)
  return years.sort((a, b) => b - a)
}

function readYear(text: string | null): number | null {
  const year = Number(text)
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null
}

/** The period kept in the address (?year=2026&quarter=2); this year's whole year by default. */
export function usePeriod(): [Period, (next: Period) => void] {
  const [params, setParams] = useSearchParams()
  const year = readYear(params.get('year')) ?? new Date().getFullYear()
  const quarterText = params.get('quarter')
  const quarter = quarterText && (QUARTERS as readonly string[]).includes(quarterText) ? Number(quarterText) : null
  const setPeriod = (next: Period) => {
    const changed = new URLSearchParams(params)
    changed.set('year', String(next.year))
    if (next.quarter) changed.set('quarter', String(next.quarter))
    else changed.delete('quarter')
    setParams(changed, { replace: true })
  }
  return [{ year, quarter }, setPeriod]
}

/** Only a year (for keys and budgets), kept in the address as ?year=. */
export function useYearParam(): [number, (year: number) => void] {
  const [period, setPeriod] = usePeriod()
  return [period.year, (year) => setPeriod({ year, quarter: null })]
}

/** "2026" or "2026 kvartal 2", in the reader's language. */
export function usePeriodLabel(period: Period): string {
  const { t } = useTranslation()
  return period.quarter ? t('finance.period.labelQuarter', { year: period.year, quarter: period.quarter }) : t('finance.period.label', { year: period.year })
}

/** Year and quarter as two selects; each change goes into the address. */
export function PeriodPicker({ idPrefix, period, onChange, withQuarter = true }: { idPrefix: string; period: Period; onChange: (next: Period) => void; withQuarter?: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="finance-period no-print" role="group" aria-label={t('finance.period.title')}>
      <SelectField
        id={`${idPrefix}-year`}
        label={t('finance.period.year')}
        value={String(period.year)}
        onChange={(year) => onChange({ year: Number(year), quarter: period.quarter })}
        options={yearChoices(period.year).map((year) => ({ value: String(year), label: String(year) }))}
      />
      {withQuarter && (
        <SelectField
          id={`${idPrefix}-quarter`}
          label={t('finance.period.quarter')}
          value={period.quarter ? String(period.quarter) : ''}
          onChange={(quarter) => onChange({ year: period.year, quarter: quarter ? Number(quarter) : null })}
          empty={t('finance.period.wholeYear')}
          options={QUARTERS.map((quarter) => ({ value: quarter, label: t('finance.period.quarterN', { quarter }) }))}
        />
      )}
    </div>
  )
}
