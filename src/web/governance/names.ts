import { useTranslation } from 'react-i18next'
import type { DecisionKind, Governance } from '../api/types'

/** The decision kind's name in the interface language (nameSv in Swedish, nameEn in English). */
export function useKindName(): (kind: DecisionKind) => string {
  const { i18n } = useTranslation()
  return (kind) => (i18n.language === 'en' ? kind.nameEn : kind.nameSv)
}

/** A body's name by id ('?' for an id that is not among the bodies). */
export function bodyNamer(governance: Governance): (id: string | null | undefined) => string {
  const names = new Map(governance.bodies.map((b) => [b.id, b.name]))
  return (id) => (id ? (names.get(id) ?? '?') : '?')
}
