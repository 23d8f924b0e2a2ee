import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber, formatPopulation, formatShare } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useLanguage } from '../i18n/useLanguage'
import { Page } from '../ui/Page'
import { TableScroll } from '../ui/TableScroll'
import { Loading, QueryView } from '../ui/Status'
import { PopulationChart } from './PopulationChart'
import { useMembers } from './queries'

export function MembersPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { collaboration } = useCurrentCollaboration()
  const [includeLeft, setIncludeLeft] = useState(false)
  const members = useMembers(collaboration.id, includeLeft)
  return (
    <Page title={t('members.title')} context={collaboration.name} intro={t('members.intro', { name: collaboration.name })}>
      <QueryView query={members}>
        {({ members: list, populationYear, totalPopulation }) => {
          const current = list.filter((m) => !m.leftOn)
          const date = list.find((m) => m.populationDate)?.populationDate
          return (
            <>
              <p className="summary-line">
                {t('members.summary', {
                  members: t('common.membersCount', { count: current.length, formatted: formatNumber(current.length) }),
                  population: formatPopulation(totalPopulation, language),
                })}{' '}
                {date && t('members.populationDate', { date: formatDate(date) })}
              </p>
              <PopulationChart members={current} total={totalPopulation} />
              <section className="card table-card">
                  <div className="table-tools">
                    <label className="checkbox">
                      <input type="checkbox" checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)} />
                      {t('members.includeLeft')}
                    </label>
                    {members.isFetching && <Loading />}
                  </div>
                  {list.length === 0 ? (
                    <p className="empty">{t('members.empty')}</p>
                  ) : (
                    <TableScroll labelledBy="members-table-caption">
                      <table>
                        <caption id="members-table-caption">{t('members.tableCaption', { name: collaboration.name })}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('members.name')}</th>
                            <th scope="col">{t('members.code')}</th>
                            <th scope="col">{t('members.county')}</th>
                            <th scope="col" className="numeric">
                              {populationYear ? t('members.population', { year: populationYear }) : t('members.populationNoYear')}
                            </th>
                            <th scope="col" className="numeric">
                              {t('members.share')}
                            </th>
                            <th scope="col">{t('members.joinedOn')}</th>
                            {includeLeft && <th scope="col">{t('members.leftOn')}</th>}
                          </tr>
                        </thead>
                        <tbody>
                          {list.map((m) => (
                            <tr key={m.id} className={m.leftOn ? 'row-muted' : undefined}>
                              <th scope="row">
                                {m.name}
                                {m.kind !== 'municipality' && <span className="kind"> · {t(`memberKinds.${m.kind}`)}</span>}
                                {m.isHost && <span className="badge badge-host">{t('members.host')}</span>}
                              </th>
                              <td className="code">{m.code ?? '–'}</td>
                              <td>{m.countyName ?? '–'}</td>
                              <td className="numeric">{formatNumber(m.population)}</td>
                              <td className="numeric">{m.population !== null && totalPopulation > 0 && !m.leftOn ? formatShare(m.population / totalPopulation) : '–'}</td>
                              <td>{formatDate(m.joinedOn)}</td>
                              {includeLeft && <td>{formatDate(m.leftOn)}</td>}
                            </tr>
                          ))}
                        </tbody>
                        <tfoot>
                          <tr>
                            <th scope="row" colSpan={3}>
                              {t('members.total')}
                            </th>
                            <td className="numeric">{formatNumber(totalPopulation)}</td>
                            <td className="numeric">{formatShare(1)}</td>
                            <td colSpan={includeLeft ? 2 : 1} />
                          </tr>
                        </tfoot>
                      </table>
                    </TableScroll>
                  )}
                </section>
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}
