import { useTranslation } from 'react-i18next'
import { formatDateTime, formatNumber } from '../../shared/format'
import type { AuditEntry, ChainVerdict } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Page } from '../ui/Page'
import { TableScroll } from '../ui/TableScroll'
import { ErrorSummary, Loading } from '../ui/Status'
import { useAuditLog, useVerifyChain } from './queries'

export function AuditPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const log = useAuditLog(collaboration.id)
  const verify = useVerifyChain(collaboration.id)
  const entries = log.data?.pages.flat() ?? []
  const brokenAtId = verify.data && !verify.data.ok ? verify.data.brokenAtId : undefined

  return (
    <Page
      title={t('audit.title')}
      context={collaboration.name}
      intro={t('audit.intro', { name: collaboration.name })}
      actions={
        allows(permissions, 'audit', 'verify') && (
          <button type="button" className="button button-primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
            {verify.isPending ? t('audit.verifying') : t('audit.verify')}
          </button>
        )
      }
    >
      <div aria-live="polite">{verify.data && <Verdict verdict={verify.data} />}</div>
      <ErrorSummary error={verify.error ?? log.error} />
      {!log.isError && (
      <section className="card table-card">
        {log.isPending ? (
          <Loading />
        ) : entries.length === 0 ? (
          <p className="empty">{t('audit.empty')}</p>
        ) : (
          <TableScroll labelledBy="audit-caption">
            <table className="audit-table">
              <caption id="audit-caption">{t('audit.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('audit.id')}
                  </th>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.change')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} broken={entry.id === brokenAtId} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {log.hasNextPage && (
          <p className="table-more">
            <button type="button" className="button button-secondary" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
              {log.isFetchingNextPage ? t('audit.loadingOlder') : t('audit.older')}
            </button>
          </p>
        )}
      </section>
      )}
    </Page>
  )
}

function Verdict({ verdict }: { verdict: ChainVerdict }) {
  const { t } = useTranslation()
  const checked = formatNumber(verdict.checked)
  if (verdict.ok) return <p className="alert alert-success">{t('audit.ok', { checked })}</p>
  return (
    <p className="alert alert-error">
      {t('audit.broken', { id: verdict.brokenAtId ?? '?', checked, reason: t(`audit.reasons.${verdict.reason ?? 'unknown'}`) })}
    </p>
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
