import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../shared/format'
import { get } from '../api/client'
import type { AccessibilityReport } from '../api/types'
import { Page } from '../ui/Page'
import { ColumnHeads, Table } from '../ui/Table'
import { QueryView } from '../ui/Status'

/** The accessibility problems people reported through the statement's form, newest first (administrators). */
export function AccessibilityReportsPage() {
  const { t } = useTranslation()
  const reports = useQuery({ queryKey: ['admin', 'accessibility-reports'], queryFn: () => get<AccessibilityReport[]>('/api/accessibility-reports') })
  return (
    <Page title={t('admin.reports.title')} context={t('admin.title')} intro={t('admin.reports.intro')}>
      <section className="card table-card">
        <QueryView query={reports} empty={t('admin.reports.empty')}>
          {(list) => (
            <Table captionId="reports-caption" caption={t('admin.reports.caption', { count: list.length })}>
              <ColumnHeads columns={[t('admin.reports.reportedAt'), t('admin.reports.page'), t('admin.reports.description'), t('admin.reports.contact')]} />
              <tbody>
                {list.map((report) => (
                  <tr key={report.id}>
                    <td className="nowrap">{formatDateTime(report.reportedAt)}</td>
                    <td className="code">{report.page}</td>
                    <td className="cell-wrap">{report.description}</td>
                    <td>{report.contactEmail ? <a href={`mailto:${report.contactEmail}`}>{report.contactEmail}</a> : <span className="muted">{t('admin.reports.noContact')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </QueryView>
      </section>
    </Page>
  )
}
