import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import type { RegisterEntry } from '../api/types'
import { AttachmentLink } from '../initiative/AttachmentInput'
import { ColumnHeads, Table } from '../ui/Table'

/** Registered documents: the whole register (with the case column) or one case's documents. Withheld details show only the ground. */
export function EntriesTable({ collaborationId, entries, captionId, caption, showCase }: { collaborationId: string; entries: RegisterEntry[]; captionId: string; caption: string; showCase: boolean }) {
  const { t } = useTranslation()
  return (
    <Table stack captionId={captionId} caption={caption} captionClassName="visually-hidden">
      <ColumnHeads columns={[t('register.date'), t('register.number'), t('register.direction'), t('register.counterpart'), t('register.description'), t('register.attachment')]} />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="nowrap">{formatDate(entry.registeredOn)}</td>
            <th scope="row" className="nowrap">
              {showCase ? <Link to={`/collaborations/${collaborationId}/cases/${entry.caseId}`}>{entry.number}</Link> : entry.number}
            </th>
            <td>{t(`direction.${entry.direction}`)}</td>
            {entry.withheld ? (
              <td colSpan={2} className="cell-wrap">
                <span className="badge badge-confidential">{t('cases.withheld', { ground: entry.confidentialityGround })}</span>
              </td>
            ) : (
              <>
                <td className="cell-wrap">{entry.counterpart || '–'}</td>
                <td className="cell-wrap">
                  {entry.description}
                  {entry.confidential && (
                    <span className="cell-secondary">
                      <span className="badge badge-confidential">{t('cases.withheld', { ground: entry.confidentialityGround })}</span>
                    </span>
                  )}
                </td>
              </>
            )}
            <td className="cell-wrap">{entry.attachment && !entry.withheld ? <AttachmentLink collaborationId={collaborationId} file={entry.attachment} /> : '–'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
