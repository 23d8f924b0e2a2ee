import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router-dom'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useOwnMembers } from '../collaborations/own-members'
import { ChartTable } from '../ui/ChartTable'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, Table, TotalRow } from '../ui/Table'
import { formatBasisPoints, formatIndicatorValue } from './benefits-format'
import { useBenefitsSummary, useMemberBenefits } from './queries'
import type { BenefitsSummary, MemberBenefits } from './types'
import './benefits.css'

const TARGET_COLOUR = '#1d5c8c'
const REALISED_COLOUR = '#2e7d32'
const COST_COLOUR = '#a34f0b'
const compact = new Intl.NumberFormat('sv-SE', { notation: 'compact', maximumFractionDigits: 1 })
const axisKronor = (ore: number) => `${compact.format(ore / 100)} kr`
const legendText = (value: unknown) => <span style={{ color: '#1b2430' }}>{String(value)}</span>

/** Vad har vi fått ut?: per initiative and in total, the benefits a member realised against what it pays, and the whole collaboration's figures per member. */
export function MemberBenefitsPage() {
  const { t } = useTranslation()
  const { memberId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const gained = useMemberBenefits(collaboration.id, memberId)
  const own = useOwnMembers().represents(memberId)
  const name = gained.data?.memberName ?? ''
  return (
    <Page title={own || !name ? t('benefits.gained.title') : t('benefits.gained.titleFor', { name })} context={own ? name : collaboration.name} intro={name ? t('benefits.gained.intro', { name }) : undefined}>
      <MemberTabs memberId={memberId} />
      <QueryView query={gained}>{(data) => <Gained data={data} />}</QueryView>
      <Summary />
    </Page>
  )
}

/** The member's pages: its participation and what it gained. */
export function MemberTabs({ memberId }: { memberId: string }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const base = `/collaborations/${collaboration.id}/members/${memberId}`
  const here = useLocation().pathname
  const tabs = [
    { to: `${base}/initiatives`, label: t('benefits.gained.participation') },
    { to: `${base}/benefits`, label: t('benefits.gained.nav') },
  ]
  return (
    <nav className="gained-tabs" aria-label={t('benefits.gained.tabs')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} aria-current={here === tab.to ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function Gained({ data }: { data: MemberBenefits }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const net = data.totals.financialRealised - data.totals.cost
  return (
    <>
      <section className="card" aria-labelledby="gained-totals-heading">
        <h2 id="gained-totals-heading">{t('benefits.gained.totals', { name: data.memberName })}</h2>
        <dl className="gained-totals">
          <div>
            <dt>{t('benefits.gained.financialRealised')}</dt>
            <dd>{formatOre(data.totals.financialRealised)}</dd>
          </div>
          <div>
            <dt>{t('benefits.gained.financialTarget')}</dt>
            <dd>{formatOre(data.totals.financialTarget)}</dd>
          </div>
          <div>
            <dt>{t('benefits.gained.cost')}</dt>
            <dd>{formatOre(data.totals.cost)}</dd>
          </div>
          <div>
            <dt>{t('benefits.gained.net')}</dt>
            <dd className={net < 0 ? 'negative' : undefined}>{formatOre(net)}</dd>
          </div>
        </dl>
      </section>
      <section className="card table-card" aria-labelledby="gained-initiatives-heading">
        <h2 id="gained-initiatives-heading">{t('benefits.gained.perInitiative')}</h2>
        {data.initiatives.length === 0 ? (
          <p className="empty">{t('benefits.gained.empty', { name: data.memberName })}</p>
        ) : (
          <Table stack captionId="gained-initiatives-caption" caption={t('benefits.gained.perInitiativeCaption', { name: data.memberName })} captionClassName="visually-hidden">
            <ColumnHeads columns={[t('benefits.gained.initiative'), t('benefits.gained.phase'), t('benefits.gained.financialTarget'), t('benefits.gained.financialRealised'), t('benefits.gained.cost')]} />
            <tbody>
              {data.initiatives.map((initiative) => (
                <tr key={initiative.initiativeId}>
                  <th scope="row" className="cell-wrap">
                    <Link to={`/collaborations/${collaboration.id}/initiatives/${initiative.initiativeId}`}>{initiative.title}</Link>
                  </th>
                  <td>{initiative.phase}</td>
                  <td className="nowrap">{formatOre(initiative.financialTarget)}</td>
                  <td className="nowrap">{formatOre(initiative.financialRealised)}</td>
                  <td className="nowrap">{formatOre(initiative.cost)}</td>
                </tr>
              ))}
            </tbody>
            <TotalRow label={t('benefits.gained.total')} colSpan={2}>
              <td className="nowrap">{formatOre(data.totals.financialTarget)}</td>
              <td className="nowrap">{formatOre(data.totals.financialRealised)}</td>
              <td className="nowrap">{formatOre(data.totals.cost)}</td>
            </TotalRow>
          </Table>
        )}
      </section>
      {data.initiatives
        .filter((initiative) => initiative.indicators.length > 0)
        .map((initiative) => (
          <section key={initiative.initiativeId} className="card table-card" aria-labelledby={`gained-${initiative.initiativeId}-heading`}>
            <h2 id={`gained-${initiative.initiativeId}-heading`}>{t('benefits.gained.otherIndicators', { title: initiative.title })}</h2>
            <Table
              stack
              captionId={`gained-${initiative.initiativeId}-caption`}
              caption={t('benefits.gained.otherIndicatorsCaption', { title: initiative.title, name: data.memberName })}
              captionClassName="visually-hidden"
            >
              <ColumnHeads columns={[t('benefits.gained.indicator'), t('benefits.indicatorDialog.benefitClass'), t('benefits.baseline'), t('benefits.target'), t('benefits.latest'), t('benefits.realisation')]} />
              <tbody>
                {initiative.indicators.map((indicator) => (
                  <tr key={indicator.indicatorId}>
                    <th scope="row" className="cell-wrap">
                      {indicator.name}
                    </th>
                    <td>{t(`benefits.classes.${indicator.benefitClass}`)}</td>
                    <td className="nowrap">{formatIndicatorValue(indicator.baseline, indicator.unit)}</td>
                    <td className="nowrap">{formatIndicatorValue(indicator.target, indicator.unit)}</td>
                    <td className="nowrap">{formatIndicatorValue(indicator.latest, indicator.unit)}</td>
                    <td className="nowrap">{formatBasisPoints(indicator.realisationBasisPoints)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        ))}
    </>
  )
}

/** Target against realised financial benefit, and cost, per member of the whole collaboration. */
function Summary() {
  const { collaboration } = useCurrentCollaboration()
  const summary = useBenefitsSummary(collaboration.id)
  return <QueryView query={summary}>{(data) => <SummaryChart data={data} />}</QueryView>
}

function SummaryChart({ data }: { data: BenefitsSummary }) {
  const { t } = useTranslation()
  const names = { target: t('benefits.gained.financialTarget'), realised: t('benefits.gained.financialRealised'), cost: t('benefits.gained.cost') }
  return (
    <figure className="card chart" aria-labelledby="gained-summary-title">
      <figcaption>
        <h2 id="gained-summary-title">{t('benefits.gained.summaryTitle')}</h2>
        <p className="field-hint">{t('benefits.gained.summaryNote')}</p>
      </figcaption>
      <div aria-hidden="true" style={{ height: Math.max(200, data.members.length * 64 + 60) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.members} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e8ee" horizontal={false} />
            <XAxis type="number" stroke="#4f5b6a" fontSize={12} tickFormatter={axisKronor} />
            <YAxis type="category" dataKey="name" width={130} stroke="#4f5b6a" fontSize={12} tickLine={false} interval={0} />
            <Tooltip formatter={(value: unknown) => formatOre(Number(value))} />
            <Legend formatter={legendText} />
            <Bar dataKey="financialTarget" name={names.target} fill={TARGET_COLOUR} isAnimationActive={false} />
            <Bar dataKey="financialRealised" name={names.realised} fill={REALISED_COLOUR} isAnimationActive={false} />
            <Bar dataKey="cost" name={names.cost} fill={COST_COLOUR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption={t('benefits.gained.summaryCaption')}
        headings={[t('benefits.gained.summaryMember'), names.target, names.realised, names.cost]}
        rows={[...data.members, { memberId: 'total', name: t('benefits.gained.total'), ...data.totals }]}
        rowKey={(row) => row.memberId}
        cells={(row) => [row.name, formatOre(row.financialTarget), formatOre(row.financialRealised), formatOre(row.cost)]}
      />
    </figure>
  )
}
