import { useTranslation } from 'react-i18next'
import { Page } from '../ui/Page'
import { ErrorSummary } from '../ui/Status'
import { AuditList } from './AuditList'
import { useWholeAuditLog } from './queries'

/** The installation's whole audit log, all collaborations and account events (administrators). */
export function WholeAuditPage() {
  const { t } = useTranslation()
  const log = useWholeAuditLog()
  return (
    <Page title={t('admin.audit.title')} context={t('admin.title')} intro={t('admin.audit.intro')}>
      <ErrorSummary error={log.error} />
      {!log.isError && <AuditList log={log} />}
    </Page>
  )
}
