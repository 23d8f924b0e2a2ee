import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { formatDateTime, formatOre, formatPopulation } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useLanguage } from '../i18n/useLanguage'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table, TotalRow } from '../ui/Table'
import { basisTotalText, groupBy, quantityText } from './finance-format'
import { FinanceTabs } from './FinanceTabs'
import { GapsNotice } from './GapsNotice'
import { InKindTable } from './InKindTable'
import { PeriodPicker, usePeriod } from './period'
import { financeBase, periodQuery, useInvoiceBasis } from './queries'
import type { InvoiceBasis, InvoiceLine, Period } from './types'
import './finance.css'

/** Fakturaunderlag: one member's lines for a period, each with key, quantity and formula, to check by hand, download or print. */
export function InvoiceBasisPage() {
  const { memberId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const [period, setPeriod] = usePeriod()
  const basis = useInvoiceBasis(collaboration.id, memberId, period)
  return <QueryView query={basis}>{(data) => <BasisView basis={data} period={period} onPeriod={setPeriod} />}</QueryView>
}

function BasisView({ basis, period, onPeriod }: { basis: InvoiceBasis; period: Period; onPeriod: (next: Period) => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { collaboration } = useCurrentCollaboration()
  const exportPath = `${financeBase(collaboration.id)}/invoice-basis/${basis.member.id}/export`
  const member = basis.member
  return (
    <Page
      title={t('finance.basis.title', { member: member.name })}
      context={`${collaboration.name} · ${basis.periodLabel}`}
      actions={
        <div className="finance-actions no-print">
          <a className="button button-secondary" href={`${exportPath}.xlsx${periodQuery(period)}`} download>
            {t('finance.basis.download')}
          </a>
          <a className="button button-secondary" href={`${exportPath}.csv${periodQuery(period)}`} download>
            {t('finance.basis.downloadCsv')}
          </a>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('finance.basis.print')}
          </button>
        </div>
      }
    >
      <FinanceTabs collaborationId={collaboration.id} />
      <p className="back-link no-print">
        <Link to={`/collaborations/${collaboration.id}/finance${periodQuery(period)}`}>{t('finance.basis.backToOverview')}</Link>
      </p>
      <section className="card finance-print finance-basis-head" aria-labelledby="basis-facts-heading">
        <h2 id="basis-facts-heading" className="visually-hidden">
          {t('finance.basis.factsTitle')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('finance.basis.member')}</dt>
            <dd>{member.name}</dd>
          </div>
          <div>
            <dt>{t('finance.basis.code')}</dt>
            <dd className="code">{member.code ?? '–'}</dd>
          </div>
          <div>
            <dt>{member.populationYear ? t('finance.basis.population', { year: member.populationYear }) : t('finance.basis.populationNoYear')}</dt>
            <dd>{formatPopulation(member.population, language)}</dd>
          </div>
          <div>
            <dt>{t('finance.basis.period')}</dt>
            <dd>{basis.periodLabel}</dd>
          </div>
          <div>
            <dt>{t('finance.basis.generated')}</dt>
            <dd>{formatDateTime(basis.generatedAt)}</dd>
          </div>
        </dl>
        <PeriodPicker idPrefix="basis" period={period} onChange={onPeriod} />
      </section>
      <GapsNotice gaps={basis.gaps} year={basis.year} />
      <BasisLines basis={basis} />
      <InKind basis={basis} />
      <Guarantees basis={basis} />
    </Page>
  )
}

function BasisLines({ basis }: { basis: InvoiceBasis }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { collaboration } = useCurrentCollaboration()
  // By scope, not by budget: a credit from last year's budget of an initiative belongs with the initiative.
  const groups = groupBy(basis.lines, (line) => line.initiativeId ?? 'collaboration')
  const quarterly = basis.quarter !== null
  const keyLink = (line: InvoiceLine) => `/collaborations/${collaboration.id}/finance/cost-keys/${line.key?.id ?? ''}?year=${basis.year}`
  return (
    <section className="card table-card" aria-labelledby="basis-lines-heading">
      <h2 id="basis-lines-heading" className="card-heading">
        {t('finance.basis.linesTitle')}
      </h2>
      <p className="card-text">{t('finance.basis.rounding')}</p>
      {basis.lines.length === 0 ? (
        <p className="empty card-text">{t('finance.basis.none', { period: basis.periodLabel })}</p>
      ) : (
        <Table captionId="basis-lines-caption" caption={t('finance.basis.linesCaption', { member: basis.member.name, period: basis.periodLabel })} captionClassName="visually-hidden" className="finance-table basis-table" stack>
          <ColumnHeads columns={[t('finance.basis.description'), t('finance.basis.key'), t('finance.basis.quantity'), t('finance.basis.formula'), numeric(t('finance.basis.amount'))]} />
          {groups.map((group) => {
            const scope = group.items[0]!.scopeName
            const sum = group.items.reduce((total, line) => total + line.amountOre, 0)
            return (
              <tbody key={group.key}>
                <tr className="group-row">
                  <th scope="colgroup" colSpan={5}>
                    {scope}
                  </th>
                </tr>
                {group.items.map((line, index) => (
                  <tr key={`${line.costLineId ?? line.kind}-${index}`} className="basis-line">
                    <th scope="row" className="cell-wrap">
                      {line.description}
                      <span className="cell-secondary">{[line.category && t(`costCategory.${line.category}`), line.kind !== 'cost' && t(`invoiceLineKind.${line.kind}`)].filter(Boolean).join(' · ')}</span>
                      {line.paidInAdvance && <span className="cell-secondary">{t('finance.basis.paidInAdvance')}</span>}
                      {line.preliminary && <span className="finance-badge-preliminary">{t('finance.basis.preliminary')}</span>}
                    </th>
                    <td>
                      {line.key ? (
                        <Link to={keyLink(line)}>{t('finance.basis.keyVersion', { name: line.key.name, version: line.key.versionNo })}</Link>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td className="basis-quantity">
                      {quantityText(line.quantity, t, language)}
                      {ofTotal(line) && <span className="cell-secondary">{t('finance.basis.ofTotal', { total: basisTotalText(line.quantity, t, language) })}</span>}
                    </td>
                    <td className="basis-formula">{line.formula}</td>
                    <td className="numeric basis-amount">
                      {formatOre(line.amountOre)}
                      {quarterly && <span className="cell-secondary">{t('finance.basis.yearAmount', { amount: formatOre(line.yearAmountOre) })}</span>}
                      {line.roundingOre > 0 && <span className="cell-secondary">{t('finance.basis.roundingOre', { count: line.roundingOre })}</span>}
                    </td>
                  </tr>
                ))}
                {groups.length > 1 && (
                  <tr className="basis-subtotal">
                    <th scope="row" colSpan={4}>
                      {t('finance.basis.scopeTotal', { scope })}
                    </th>
                    <td className="numeric">{formatOre(sum)}</td>
                  </tr>
                )}
              </tbody>
            )
          })}
          <TotalRow label={t('finance.basis.total', { period: basis.periodLabel })} colSpan={4} className="basis-total">
            <td className="numeric">{formatOre(basis.totalOre)}</td>
          </TotalRow>
        </Table>
      )}
    </section>
  )
}

/** "av 248 620 invånare" where the member's figure is one of a sum; equal shares already say "1 av 14", a credit its kronor. */
const ofTotal = (line: InvoiceLine) => ['population', 'price', 'units', 'weight'].includes(line.quantity.kind) && line.quantity.basisTotal !== null

function InKind({ basis }: { basis: InvoiceBasis }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card" aria-labelledby="basis-in-kind-heading">
      <h2 id="basis-in-kind-heading" className="card-heading">
        {t('finance.basis.inKindTitle')}
      </h2>
      <p className="finance-card-text">{t('finance.basis.inKindIntro', { member: basis.member.name })}</p>
      {basis.inKind.length === 0 ? (
        <p className="empty card-text">{t('finance.basis.inKindNone')}</p>
      ) : (
        <InKindTable rows={basis.inKind} rowLabel={(row) => row.scopeName} firstHeading={t('finance.basis.scope')} caption={t('finance.basis.inKindCaption', { member: basis.member.name, period: basis.periodLabel })} captionId="basis-in-kind-caption" totalLabel={t('finance.basis.inKindTotal')} />
      )}
    </section>
  )
}

function Guarantees({ basis }: { basis: InvoiceBasis }) {
  const { t } = useTranslation()
  if (basis.guarantees.length === 0) return null
  return (
    <section className="card table-card" aria-labelledby="basis-guarantees-heading">
      <h2 id="basis-guarantees-heading" className="card-heading">
        {t('finance.basis.guaranteesTitle')}
      </h2>
      <p className="finance-card-text">{t('finance.basis.guaranteesIntro')}</p>
      <Table stack captionId="basis-guarantees-caption" caption={t('finance.basis.guaranteesCaption', { member: basis.member.name })} captionClassName="visually-hidden">
        <ColumnHeads columns={[t('finance.basis.funder'), t('finance.basis.scope'), numeric(t('finance.basis.grantAmount')), numeric(t('finance.basis.memberShare'))]} />
        <tbody>
          {basis.guarantees.map((g) => (
            <tr key={g.fundingId}>
              <th scope="row">{g.funder}</th>
              <td>{g.scopeName}</td>
              <td className="numeric">{formatOre(g.amountOre)}</td>
              <td className="numeric">{formatOre(g.memberShareOre)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
