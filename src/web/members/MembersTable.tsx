import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber, formatShare, todayInSweden } from '../../shared/format'
import type { Member } from '../api/types'
import { Table, TotalRow } from '../ui/Table'
import { VisuallyHidden } from '../ui/Visually'
import { hasLeftBy } from '../../shared/membership'

/** The members with population, share, dates and contact; an "Ändra" button on the rows the user may change. */
export function MembersTable({
  collaborationName,
  members,
  populationYear,
  totalPopulation,
  includeLeft,
  mayEdit,
  onEdit,
}: {
  collaborationName: string
  members: Member[]
  populationYear: number | null
  totalPopulation: number
  includeLeft: boolean
  mayEdit: (member: Member) => boolean
  onEdit: (member: Member, opener: HTMLButtonElement) => void
}) {
  const { t } = useTranslation()
  const editColumn = members.some(mayEdit)
  const today = todayInSweden()
  return (
    <Table stack captionId="members-table-caption" caption={t('members.tableCaption', { name: collaborationName })}>
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
          <th scope="col">{t('members.contact')}</th>
          {editColumn && (
            <th scope="col">
              <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} className={hasLeftBy(m, today) ? 'row-muted' : undefined}>
            <th scope="row">
              {m.name}
              {m.kind !== 'municipality' && <span className="kind"> · {t(`memberKinds.${m.kind}`)}</span>}
              {m.isHost && <span className="badge badge-host">{t('members.host')}</span>}
            </th>
            <td className="code">{m.code ?? '–'}</td>
            <td>{m.countyName ?? '–'}</td>
            <td className="numeric">{formatNumber(m.population)}</td>
            <td className="numeric">{m.population !== null && totalPopulation > 0 && !hasLeftBy(m, today) ? formatShare(m.population / totalPopulation) : '–'}</td>
            <td className="nowrap">{formatDate(m.joinedOn)}</td>
            {includeLeft && <td className="nowrap">{formatDate(m.leftOn)}</td>}
            <td className="contact-cell">
              {m.contactName || m.contactEmail ? (
                <>
                  {m.contactName}
                  {m.contactEmail && <span className="cell-secondary">{m.contactEmail}</span>}
                </>
              ) : (
                <span className="muted">{t('members.noContact')}</span>
              )}
            </td>
            {editColumn && (
              <td>
                {mayEdit(m) && (
                  <button type="button" className="button button-secondary button-small" onClick={(event) => onEdit(m, event.currentTarget)}>
                    {t('members.edit')}
                    <VisuallyHidden> {m.name}</VisuallyHidden>
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
      <TotalRow label={t('members.total')} colSpan={3}>
        <td className="numeric">{formatNumber(totalPopulation)}</td>
        <td className="numeric">{formatShare(1)}</td>
        <td colSpan={(includeLeft ? 3 : 2) + (editColumn ? 1 : 0)} />
      </TotalRow>
    </Table>
  )
}
