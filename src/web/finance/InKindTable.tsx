import { useTranslation } from 'react-i18next'
import { formatOre } from '../../shared/format'
import { Table, TotalRow } from '../ui/Table'
import { formatHours } from './finance-format'

interface InKindRow {
  id: string
  roleName: string
  hours: number
  rateOre: number
  valueOre: number
  description: string
}

/** Hours valued at the agreed rates, with their total: the budget page lists them by member, the invoice basis by budget. */
export function InKindTable<Row extends InKindRow>(props: {
  rows: Row[]
  rowLabel: (row: Row) => string
  firstHeading: string
  caption: string
  captionId: string
  totalLabel: string
  /** Offered on the rows the user may take back (hours recorded by mistake). */
  remove?: { allowed: (row: Row) => boolean; onRemove: (row: Row) => void; pending: boolean }
}) {
  const { t } = useTranslation()
  const total = props.rows.reduce((sum, row) => sum + row.valueOre, 0)
  return (
    <Table captionId={props.captionId} caption={props.caption} captionClassName="visually-hidden">
      <thead>
        <tr>
          <th scope="col">{props.firstHeading}</th>
          <th scope="col">{t('finance.budget.role')}</th>
          <th scope="col" className="numeric">
            {t('finance.budget.hours')}
          </th>
          <th scope="col" className="numeric">
            {t('finance.budget.rate')}
          </th>
          <th scope="col" className="numeric">
            {t('finance.budget.value')}
          </th>
          {props.remove && (
            <th scope="col">
              <span className="visually-hidden">{t('finance.budget.inKindActions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="cell-wrap">
              {props.rowLabel(row)}
              {row.description && <span className="cell-secondary">{row.description}</span>}
            </th>
            <td>{row.roleName}</td>
            <td className="numeric">{formatHours(row.hours)}</td>
            <td className="numeric">{formatOre(row.rateOre)}</td>
            <td className="numeric">{formatOre(row.valueOre)}</td>
            {props.remove && (
              <td>
                {props.remove.allowed(row) && (
                  <button type="button" className="button-link" disabled={props.remove.pending} aria-label={t('finance.budget.removeInKindNamed', { name: props.rowLabel(row), count: row.hours, hours: formatHours(row.hours) })} onClick={() => props.remove!.onRemove(row)}>
                    {t('finance.budget.removeInKind')}
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
      <TotalRow label={props.totalLabel} colSpan={4}>
        <td className="numeric">{formatOre(total)}</td>
        {props.remove && <td />}
      </TotalRow>
    </Table>
  )
}
