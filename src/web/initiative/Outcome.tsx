import { useTranslation } from 'react-i18next'
import type { Outcome } from '../../shared/initiatives'

/** A decision's outcome as a badge: Bifall, Avslag or Bordlagt, or "no decision yet". */
export function OutcomeBadge({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation()
  if (!outcome) return <span className="badge outcome-none">{t('initiative.noDecisionYet')}</span>
  return <span className={`badge outcome-${outcome}`}>{t(`outcome.${outcome}`)}</span>
}
