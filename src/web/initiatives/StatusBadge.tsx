import { useTranslation } from 'react-i18next'
import type { InitiativeStatus } from '../../shared/initiatives'
import { STATUS_BADGE } from './labels'

/** Pausat, Avbrutet or Avslutat as a badge; nothing for an active initiative unless `always`. */
export function StatusBadge({ status, always = false }: { status: InitiativeStatus; always?: boolean }) {
  const { t } = useTranslation()
  if (status === 'active' && !always) return null
  return <span className={STATUS_BADGE[status]}>{t(`initiativeStatus.${status}`)}</span>
}
