import type { InitiativeStatus } from '../../shared/initiatives'
import { todayInSweden } from '../../shared/format'
import type { ProcessModel } from '../api/types'
import type { Language } from '../i18n'

/** A process model's name in the interface language. */
export function processModelName(model: Pick<ProcessModel, 'nameSv' | 'nameEn'>, language: Language): string {
  return language === 'en' ? model.nameEn : model.nameSv
}

/** The badge look of each status; an active initiative needs no badge. */
export const STATUS_BADGE: Record<InitiativeStatus, string> = {
  active: 'badge',
  paused: 'badge badge-warning',
  stopped: 'badge badge-error',
  completed: 'badge badge-done',
}

/** A due date before today (in Sweden) has passed. ISO dates compare as strings. */
export function isOverdue(dueOn: string | null, today = todayInSweden()): boolean {
  return dueOn !== null && dueOn < today
}
