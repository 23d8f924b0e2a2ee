import { useTranslation } from 'react-i18next'
import type { YearGaps } from './types'

/**
 * "Preliminärt": the figures rest on draft budgets, or lack a budget or an index value for the year. Names each,
 * so nobody reads next year's basis as final or a missing budget as a drop in cost.
 */
export function GapsNotice({ gaps, year }: { gaps: YearGaps; year: number }) {
  const { t } = useTranslation()
  if (!gaps.preliminary) return null
  return (
    <section className="alert finance-preliminary" aria-labelledby="preliminary-heading">
      <h2 id="preliminary-heading" className="alert-title">
        {t('finance.gaps.title', { year })}
      </h2>
      <ul>
        {gaps.draftBudgets.length > 0 && <li>{t('finance.gaps.drafts', { count: gaps.draftBudgets.length, names: gaps.draftBudgets.map((b) => b.scopeName).join(', ') })}</li>}
        {gaps.missingBudgets.map((missing) => (
          <li key={missing.initiativeId ?? 'collaboration'}>{t('finance.gaps.noBudget', { scope: missing.scopeName, year, last: missing.lastYear })}</li>
        ))}
        {gaps.missingIndex.map((index) => (
          <li key={`${index.series}-${index.year}`}>{t('finance.gaps.noIndex', { series: index.series, year: index.year, lines: index.lines.map((line) => `${line.scopeName}: ${line.description}`).join('; ') })}</li>
        ))}
      </ul>
    </section>
  )
}
