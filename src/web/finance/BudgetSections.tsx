import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { VisuallyHidden } from '../ui/Visually'
import { InKindTable } from './InKindTable'
import { COST_CATEGORIES, FUNDING_STATUS_BADGE } from './labels'
import type { BudgetDetail, Funding, InKind } from './types'

const budgetName = (budget: BudgetDetail) => ({ year: budget.year, scope: budget.scopeName })

/** The actual costs booked, line by line: each line opens to its bookings, newest first. */
export function ActualsSection({ budget }: { budget: BudgetDetail }) {
  const { t } = useTranslation()
  const lines = budget.lines.filter((line) => line.actuals.length > 0)
  return (
    <section className="card" aria-labelledby="actuals-heading" id="actuals">
      <h2 id="actuals-heading">{t('finance.budget.actualsTitle')}</h2>
      {lines.length === 0 ? (
        <p className="empty">{t('finance.budget.actualsNone')}</p>
      ) : (
        <ul className="plain-list finance-actuals">
          {lines.map((line) => (
            <li key={line.id}>
              <details>
                <summary>
                  <span className="finance-actuals-line">{line.description}</span>{' '}
                  <span className="muted">{t('finance.budget.bookings', { count: line.actuals.length, amount: formatOre(line.actualOre) })}</span>
                </summary>
                <Table captionId={`actuals-${line.id}`} caption={t('finance.budget.actualsCaption', { line: line.description })} captionClassName="visually-hidden" className="compact-table">
                  <ColumnHeads columns={[t('finance.budget.bookedOn'), t('finance.budget.description'), numeric(t('finance.budget.amount')), t('finance.budget.recordedBy')]} />
                  <tbody>
                    {[...line.actuals]
                      .sort((a, b) => b.bookedOn.localeCompare(a.bookedOn))
                      .map((actual) => (
                        <tr key={actual.id}>
                          <th scope="row" className="nowrap">
                            {formatDate(actual.bookedOn)}
                          </th>
                          <td className="cell-wrap">{actual.description || '–'}</td>
                          <td className="numeric">{formatOre(actual.amountOre)}</td>
                          <td>{actual.recordedBy}</td>
                        </tr>
                      ))}
                  </tbody>
                </Table>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Grants applied for, with their status; the office records an application and the funder's answer. */
export function FundingSection({
  budget,
  mayManage,
  onApply,
  onDecide,
}: {
  budget: BudgetDetail
  mayManage: boolean
  onApply: (opener: HTMLElement) => void
  onDecide: (funding: Funding, opener: HTMLElement) => void
}) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const decidable = mayManage && budget.funding.some((f) => f.status === 'applied')
  return (
    <section className="card table-card" aria-labelledby="funding-heading" id="funding">
      <div className="card-heading section-heading">
        <h2 id="funding-heading">{t('finance.budget.fundingTitle')}</h2>
        {mayManage && (
          <button type="button" className="button button-secondary button-small" onClick={(e) => onApply(e.currentTarget)}>
            {t('finance.budget.applyFunding')}
          </button>
        )}
      </div>
      {budget.funding.length === 0 ? (
        <p className="empty card-text">{t('finance.budget.fundingNone')}</p>
      ) : (
        <Table captionId="funding-caption" caption={t('finance.budget.fundingCaption', budgetName(budget))} captionClassName="visually-hidden">
          <thead>
            <tr>
              <th scope="col">{t('finance.budget.funder')}</th>
              <th scope="col" className="numeric">
                {t('finance.budget.fundingAmount')}
              </th>
              <th scope="col">{t('finance.budget.fundingStatus')}</th>
              <th scope="col">{t('finance.budget.guaranteeKey')}</th>
              {decidable && (
                <th scope="col">
                  <VisuallyHidden>{t('finance.budget.decide')}</VisuallyHidden>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {budget.funding.map((funding) => (
              <tr key={funding.id}>
                <th scope="row" className="cell-wrap">
                  {funding.funder}
                  {funding.description && <span className="cell-secondary">{funding.description}</span>}
                </th>
                <td className="numeric">{formatOre(funding.amountOre)}</td>
                <td>
                  <span className={FUNDING_STATUS_BADGE[funding.status]}>{t(`fundingStatus.${funding.status}`)}</span>
                  {funding.decidedOn && <span className="cell-secondary">{formatDate(funding.decidedOn)}</span>}
                </td>
                <td>
                  <Link to={`/collaborations/${collaboration.id}/finance/cost-keys/${funding.guaranteeKeyId}?year=${budget.year}`}>{funding.guaranteeKeyName}</Link>
                </td>
                {decidable && (
                  <td>
                    {funding.status === 'applied' && (
                      <button type="button" className="button button-secondary button-small" onClick={(e) => onDecide(funding, e.currentTarget)}>
                        {t('finance.budget.decide')}
                        <VisuallyHidden> {funding.funder}</VisuallyHidden>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  )
}

/** Hours the members' staff put in, valued at the agreed rates; `onRecord` is null for those who may not record any. */
export function InKindSection({ budget, onRecord, remove }: { budget: BudgetDetail; onRecord: ((opener: HTMLElement) => void) | null; remove: { allowed: (row: InKind) => boolean; onRemove: (row: InKind) => void; pending: boolean } }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card" aria-labelledby="in-kind-heading" id="in-kind">
      <div className="card-heading section-heading">
        <h2 id="in-kind-heading">{t('finance.budget.inKindTitle')}</h2>
        {onRecord && (
          <button type="button" className="button button-secondary button-small" onClick={(e) => onRecord(e.currentTarget)}>
            {t('finance.budget.recordInKind')}
          </button>
        )}
      </div>
      {budget.inKind.length === 0 ? (
        <p className="empty card-text">{t('finance.budget.inKindNone')}</p>
      ) : (
        <InKindTable rows={budget.inKind} rowLabel={(row) => row.memberName} firstHeading={t('finance.budget.member')} caption={t('finance.budget.inKindCaption', budgetName(budget))} captionId="in-kind-caption" totalLabel={t('finance.budget.linesTotal')} remove={remove} />
      )}
    </section>
  )
}

/** This year and the next two, by category: what is planned ahead. */
export function HorizonSection({ budget }: { budget: BudgetDetail }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const horizon = [...budget.horizon].sort((a, b) => a.year - b.year)
  const used = COST_CATEGORIES.filter((category) => horizon.some((year) => (year.byCategory[category] ?? 0) !== 0))
  const first = horizon[0]?.year ?? budget.year
  const last = horizon[horizon.length - 1]?.year ?? budget.year
  return (
    <section className="card table-card" aria-labelledby="horizon-heading" id="horizon">
      <h2 id="horizon-heading" className="card-heading">
        {t('finance.budget.horizonTitle')}
      </h2>
      <Table captionId="horizon-caption" caption={t('finance.budget.horizonCaption', { from: first, to: last })} captionClassName="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('finance.budget.horizonCategory')}</th>
            {horizon.map((year) => (
              <th scope="col" className="numeric" key={year.year}>
                {year.budgetId && year.budgetId !== budget.id ? <Link to={`/collaborations/${collaboration.id}/finance/budgets/${year.budgetId}`}>{year.year}</Link> : year.year}
                {!year.budgetId && <span className="cell-secondary">{t('finance.budget.horizonNoBudget')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {used.map((category) => (
            <tr key={category}>
              <th scope="row">{t(`costCategory.${category}`)}</th>
              {horizon.map((year) => (
                <td className="numeric" key={year.year}>
                  {formatOre(year.byCategory[category] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('finance.budget.horizonTotal')}</th>
            {horizon.map((year) => (
              <td className="numeric" key={year.year}>
                {formatOre(year.totalOre)}
              </td>
            ))}
          </tr>
        </tfoot>
      </Table>
    </section>
  )
}

/** Every adoption and reopening, oldest first: a reopened budget keeps the decision that once adopted it. */
export function HistorySection({ budget }: { budget: BudgetDetail }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card" aria-labelledby="history-heading" id="history">
      <h2 id="history-heading" className="card-heading">
        {t('finance.budget.historyTitle')}
      </h2>
      {budget.history.length === 0 ? (
        <p className="empty card-text">{t('finance.budget.historyNone')}</p>
      ) : (
        <Table className="finance-table" captionId="history-caption" caption={t('finance.budget.historyCaption', budgetName(budget))} captionClassName="visually-hidden">
          <ColumnHeads columns={[t('finance.budget.historyEvent'), t('finance.budget.historyDecision'), t('finance.budget.historyRecorded')]} />
          <tbody>
            {budget.history.map((event) => (
              <tr key={`${event.kind}-${event.at}`}>
                <th scope="row">{t(`finance.budget.history_${event.kind}`)}</th>
                <td className="cell-wrap">
                  {event.kind === 'adopted' ? (
                    <>
                      {t('finance.budget.historyDecided', { date: formatDate(event.decidedOn), reference: event.reference })}
                      {event.external && <span className="cell-secondary">{t('finance.budget.externalDecision')}</span>}
                    </>
                  ) : (
                    t('finance.budget.historyReason', { reason: event.reason })
                  )}
                </td>
                <td>{t('finance.budget.historyBy', { date: formatDate(event.at), name: event.by })}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  )
}
