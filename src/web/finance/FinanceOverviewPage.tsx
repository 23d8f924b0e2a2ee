import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatNumber, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table, TotalRow } from '../ui/Table'
import { FinanceTabs } from './FinanceTabs'
import { GapsNotice } from './GapsNotice'
import { LateJoinersSection } from './LateJoinersSection'
import { ByYearChart, PerInhabitantChart, ShareChart } from './OverviewCharts'
import { PeriodPicker, usePeriod, usePeriodLabel } from './period'
import { financeBase, periodQuery, useFinanceOverview } from './queries'
import type { FinanceOverview } from './types'
import './finance.css'

/** Ekonomi: what every member pays for a year or quarter, the charts, late joiners' buy-ins, and the way to one's own invoice basis. */
export function FinanceOverviewPage() {
  const { t } = useTranslation()
  const { collaboration, myRoles } = useCurrentCollaboration()
  const [period, setPeriod] = usePeriod()
  const periodLabel = usePeriodLabel(period)
  const overview = useFinanceOverview(collaboration.id, period)
  // A representative or a finance officer bound to a member is here mostly for that member's invoice.
  const own = myRoles.find((role) => (role.role === 'member_representative' || role.role === 'finance_officer') && role.memberId)
  const basisLink = (memberId: string) => `invoice-basis/${memberId}${periodQuery(period)}`

  return (
    <Page title={t('finance.overview.title')} context={collaboration.name} intro={t('finance.overview.intro')}>
      <FinanceTabs collaborationId={collaboration.id} />
      {own?.memberId && (
        <section className="card finance-own" aria-labelledby="own-basis-link">
          <Link id="own-basis-link" className="button button-primary" to={basisLink(own.memberId)}>
            {t('finance.overview.ourBasis')}
          </Link>
          <p>{t('finance.overview.ourBasisText', { member: own.memberName ?? '', period: periodLabel })}</p>
        </section>
      )}
      <section className="card finance-toolbar" aria-labelledby="period-heading">
        <h2 id="period-heading" className="visually-hidden">
          {t('finance.period.title')}
        </h2>
        <PeriodPicker idPrefix="overview" period={period} onChange={setPeriod} />
        <p className="finance-download">
          <a href={`${financeBase(collaboration.id)}/overview.xlsx${periodQuery(period)}`} download>
            {t('finance.overview.downloadAll')}
          </a>
          <span className="field-hint">{t('finance.overview.downloadAllHint', { period: periodLabel })}</span>
        </p>
      </section>
      <QueryView query={overview}>
        {(data) => (
          <>
            <GapsNotice gaps={data.gaps} year={data.year} />
            <OverviewTable data={data} periodLabel={periodLabel} basisLink={basisLink} />
            <div className="finance-charts">
              <ShareChart members={data.members} totalOre={data.totalOre} periodLabel={periodLabel} />
              <PerInhabitantChart members={data.members} periodLabel={periodLabel} />
            </div>
            <ByYearChart byYear={data.byYear} />
          </>
        )}
      </QueryView>
      <LateJoinersSection />
    </Page>
  )
}

function OverviewTable({ data, periodLabel, basisLink }: { data: FinanceOverview; periodLabel: string; basisLink: (memberId: string) => string }) {
  const { t } = useTranslation()
  const inKindTotal = data.members.reduce((sum, m) => sum + m.inKindOre, 0)
  const population = data.members.reduce((sum, m) => sum + (m.population ?? 0), 0)
  return (
    <section className="card table-card">
      {data.members.every((m) => m.totalOre === 0) && <p className="empty">{t('finance.overview.none', { period: periodLabel })}</p>}
      <Table captionId="overview-caption" caption={t('finance.overview.tableCaption', { period: periodLabel })}>
        <ColumnHeads
          columns={[
            t('finance.overview.member'), t('finance.overview.code'), numeric(t('finance.overview.population')),
            numeric(t('finance.overview.total')), numeric(t('finance.overview.inKind')),
            numeric(t('finance.overview.perInhabitant')),
          ]}
        />
        <tbody>
          {data.members.map((m) => (
            <tr key={m.memberId}>
              <th scope="row">
                <Link to={basisLink(m.memberId)}>{m.name}</Link>
              </th>
              <td className="code">{m.code ?? '–'}</td>
              <td className="numeric">{formatNumber(m.population)}</td>
              <td className="numeric">{formatOre(m.totalOre)}</td>
              <td className="numeric">{formatOre(m.inKindOre)}</td>
              <td className="numeric">{formatOre(m.perInhabitantOre)}</td>
            </tr>
          ))}
        </tbody>
        <TotalRow label={t('finance.overview.sum')} colSpan={2}>
          <td className="numeric">{formatNumber(population)}</td>
          <td className="numeric">{formatOre(data.totalOre)}</td>
          <td className="numeric">{formatOre(inKindTotal)}</td>
          <td />
        </TotalRow>
      </Table>
    </section>
  )
}
