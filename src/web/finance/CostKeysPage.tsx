import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { CostKeyDialog } from './CostKeyDialog'
import { FinanceTabs } from './FinanceTabs'
import { HourlyRatesSection } from './HourlyRatesSection'
import { IndexValuesSection } from './IndexValuesSection'
import { useCostKeys } from './queries'
import { useFinanceRights } from './rights'
import './finance.css'

/** Fördelningsnycklar: every key at its newest version, the index series and hourly rates; for the coordinator new ones. */
export function CostKeysPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const keys = useCostKeys(collaboration.id)
  const rights = useFinanceRights()
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  return (
    <Page
      title={t('finance.keys.title')}
      context={collaboration.name}
      intro={t('finance.keys.intro')}
      actions={
        rights.manageKeys && (
          <button type="button" className="button button-primary" onClick={(e) => setOpener(e.currentTarget)}>
            {t('finance.keys.create')}
          </button>
        )
      }
    >
      <FinanceTabs collaborationId={collaboration.id} />
      <QueryView query={keys}>
        {(list) => {
          const latest = list.filter((key) => key.latest).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          return latest.length === 0 ? (
            <p className="card empty">{t('finance.keys.none')}</p>
          ) : (
            <section className="card table-card">
              <Table captionId="keys-caption" caption={t('finance.keys.caption', { name: collaboration.name })} captionClassName="visually-hidden">
                <ColumnHeads
                  columns={[
                    t('finance.keys.name'), t('finance.keys.kind'), numeric(t('finance.keys.version')),
                    numeric(t('finance.keys.populationYear')), numeric(t('finance.keys.usedBy')),
                  ]}
                />
                <tbody>
                  {latest.map((key) => (
                    <tr key={key.id}>
                      <th scope="row" className="cell-wrap">
                        <Link to={key.id}>{key.name}</Link>
                        {key.description && <span className="cell-secondary">{key.description}</span>}
                      </th>
                      <td>
                        {t(`costKeyKind.${key.kind}`)}
                        {key.unitName && <span className="cell-secondary">{key.unitName}</span>}
                      </td>
                      <td className="numeric">{key.versionNo}</td>
                      <td className="numeric">{key.populationYear ?? '–'}</td>
                      <td className="numeric">{t('finance.keys.usedByCount', { count: key.usedBy })}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </section>
          )
        }}
      </QueryView>
      <div className="finance-agreements">
        <IndexValuesSection />
        <HourlyRatesSection />
      </div>
      {opener && <CostKeyDialog returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </Page>
  )
}
