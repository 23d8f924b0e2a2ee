import type { ProcessDefinition } from '../../modules/processes/processes.schema'
import { useLanguage } from '../i18n/useLanguage'

type Named = { nameSv: string; nameEn: string }

/** A phase's, gate's, document type's or model's name in the interface language. */
export function useLocalName(): (item: Named) => string {
  const language = useLanguage()
  return (item) => (language === 'en' ? item.nameEn : item.nameSv)
}

/** A phase's name by its key in the initiative's own process model (the key itself if the model has no such phase). */
export function usePhaseNamer(process: ProcessDefinition): (key: string | null) => string {
  const name = useLocalName()
  return (key) => {
    if (!key) return ''
    const phase = process.phases.find((p) => p.key === key)
    return phase ? name(phase) : key
  }
}

/** A document field's label in the interface language. */
export function useFieldLabel(): (field: { labelSv: string; labelEn: string }) => string {
  const language = useLanguage()
  return (field) => (language === 'en' ? field.labelEn : field.labelSv)
}
