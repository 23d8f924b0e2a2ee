import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { AUDIT_AREA_KEYS } from '../../shared/audit-areas'
import { formatNumber } from '../../shared/format'
import type { ChainVerdict } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Page } from '../ui/Page'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { AuditList } from './AuditList'
import { useAuditLog, useVerifyChain } from './queries'

export function AuditPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const area = AUDIT_AREA_KEYS.find((key) => key === params.get('area'))
  const log = useAuditLog(collaboration.id, area)
  const verify = useVerifyChain(collaboration.id)
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
      <div className="card">
        <SelectField
          id="audit-area"
          label={t('audit.area')}
          value={area ?? ''}
          onChange={(value) => setParams(value ? { area: value } : {}, { replace: true })}
          empty={t('audit.areas.all')}
          options={AUDIT_AREA_KEYS.map((key) => ({ value: key, label: t(`audit.areas.${key}`) }))}
        />
      </div>
      <ErrorSummary error={verify.error ?? log.error} />
      {!log.isError && <AuditList log={log} brokenAtId={brokenAtId} />}
    </Page>
  )
}

function Verdict({ verdict }: { verdict: ChainVerdict }) {
  const { t } = useTranslation()
  const checked = formatNumber(verdict.checked)
  if (verdict.ok) return <p className="alert alert-success">{t('audit.ok', { count: verdict.checked, checked })}</p>
  return (
    <p className="alert alert-error">
      {t('audit.broken', { id: verdict.brokenAtId ?? '?', count: verdict.checked, checked, reason: t(`audit.reasons.${verdict.reason ?? 'unknown'}`) })}
    </p>
  )
}
