import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { PlanningTabs } from './PlanningTabs'
import { useProjectBank } from './queries'
import type { BankEntry } from './types'
import './planning.css'

/** Projektbank: the proposals that did not fit their year's frame, from every round, and the year each was carried into. */
export function ProjectBankPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const bank = useProjectBank(collaboration.id)
  return (
    <Page title={t('planning.bank.title')} context={collaboration.name} intro={t('planning.bank.intro')}>
      <PlanningTabs collaborationId={collaboration.id} />
      <QueryView query={bank}>{(list) => (list.length === 0 ? <p className="card empty">{t('planning.bank.none')}</p> : <BankTable entries={list} />)}</QueryView>
    </Page>
  )
}

function BankTable({ entries }: { entries: BankEntry[] }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const sorted = [...entries].sort((a, b) => b.year - a.year || a.number - b.number)
  return (
    <section className="card table-card">
      <Table captionId="bank-caption" caption={t('planning.bank.caption', { name: collaboration.name })} captionClassName="visually-hidden" className="planning-table">
        <ColumnHeads columns={[t('planning.bank.year'), t('planning.results.proposal'), t('planning.proposals.proposer'), numeric(t('planning.results.cost')), t('planning.bank.carriedInto')]} />
        <tbody>
          {sorted.map((entry) => (
            <tr key={entry.proposalId}>
              <td className="code">
                <Link to={`../${entry.roundId}`} relative="path" aria-label={t('planning.bank.roundLink', { year: entry.year })}>
                  {entry.year}
                </Link>
              </td>
              <th scope="row" className="cell-wrap">
                {t('planning.proposals.heading', { number: entry.number, title: entry.title })}
                <span className="cell-secondary">{entry.need}</span>
              </th>
              <td>{entry.proposingMemberName}</td>
              <td className="numeric">{formatOre(entry.estimatedCostOre)}</td>
              <td>{entry.carriedInto ? t('planning.bank.carriedYear', { year: entry.carriedInto }) : <span className="muted">{t('planning.bank.waiting')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
