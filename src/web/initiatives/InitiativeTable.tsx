import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatNumber } from '../../shared/format'
import type { InitiativeSummary } from '../api/types'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { STATUS_BADGE } from './labels'

/** The portfolio as a list: every initiative that matches the filters, whatever its process model. */
export function InitiativeTable({ collaborationName, initiatives, showProcess }: { collaborationName: string; initiatives: InitiativeSummary[]; showProcess: boolean }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card">
      <Table stack captionId="initiatives-caption" caption={t('portfolio.tableCaption', { name: collaborationName })}>
        <ColumnHeads
          columns={[
            t('portfolio.initiative'), t('portfolio.phase'), t('portfolio.status'), t('portfolio.proposingMember'),
            numeric(t('portfolio.participantsColumn')), t('portfolio.registeredOn'),
          ]}
        />
        <tbody>
          {initiatives.map((initiative) => (
            <tr key={initiative.id}>
              <th scope="row" className="cell-wrap">
                <Link to={initiative.id}>{initiative.title}</Link>
                {initiative.areas.length > 0 && <span className="cell-secondary">{initiative.areas.map((area) => t(`areas.${area}`)).join(', ')}</span>}
              </th>
              <td>
                {initiative.phaseIndex + 1}. {initiative.phaseName}
                {showProcess && <span className="cell-secondary">{initiative.processName}</span>}
              </td>
              <td>
                <span className={STATUS_BADGE[initiative.status]}>{t(`initiativeStatus.${initiative.status}`)}</span>
              </td>
              <td>{initiative.proposingMember?.name ?? '–'}</td>
              <td className="numeric">{formatNumber(initiative.participantCount)}</td>
              <td className="nowrap">{formatDate(initiative.registeredOn)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
