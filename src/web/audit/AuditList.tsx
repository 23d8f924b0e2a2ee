import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../shared/format'
import type { AuditEntry } from '../api/types'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { Loading } from '../ui/Status'
import type { AuditLogQuery } from './queries'

/** The log's entries in a table, newest first, with "show older" for the next page. Shared by the collaboration's and the administrators' log. */
export function AuditList({ log, brokenAtId }: { log: AuditLogQuery; brokenAtId?: number }) {
  const { t } = useTranslation()
  const entries = log.data?.pages.flat() ?? []
  return (
    <section className="card table-card">
      {log.isPending ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <Table captionId="audit-caption" caption={t('audit.tableCaption')} className="audit-table">
          <ColumnHeads columns={[numeric(t('audit.id')), t('audit.time'), t('audit.actor'), t('audit.action'), t('audit.change')]} />
          <tbody>
            {entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} broken={entry.id === brokenAtId} />
            ))}
          </tbody>
        </Table>
      )}
      {log.hasNextPage && (
        <p className="table-more">
          <button type="button" className="button button-secondary" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
            {log.isFetchingNextPage ? t('audit.loadingOlder') : t('audit.older')}
          </button>
        </p>
      )}
    </section>
  )
}

function EntryRow({ entry, broken }: { entry: AuditEntry; broken: boolean }) {
  const { t } = useTranslation()
  const [kind = '', verb = ''] = entry.action.split('.')
  return (
    <tr className={broken ? 'row-broken' : undefined}>
      <td className="numeric">
        {entry.id}
        {broken && <span className="badge badge-danger">{t('audit.brokenHere')}</span>}
      </td>
      <td className="nowrap">{formatDateTime(entry.occurredAt)}</td>
      <td>{entry.actorName || t('audit.system')}</td>
      <td>
        {t(`audit.actions.${kind}.${verb}`, { defaultValue: entry.action })}
        <span className="cell-secondary code">
          {entry.entityType} {entry.entityId.slice(0, 8)}
        </span>
      </td>
      <td>
        <details className="change">
          <summary>{t('audit.showChange')}</summary>
          <div className="change-columns">
            <ChangeValue label={t('audit.before')} value={entry.before} />
            <ChangeValue label={t('audit.after')} value={entry.after} />
          </div>
        </details>
      </td>
    </tr>
  )
}

function ChangeValue({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation()
  const empty = value === null || value === undefined
  return (
    <div>
      <p className="change-label">{label}</p>
      {empty ? <p className="muted">{t('audit.nothing')}</p> : <pre tabIndex={0}>{JSON.stringify(value, null, 2)}</pre>}
    </div>
  )
}
