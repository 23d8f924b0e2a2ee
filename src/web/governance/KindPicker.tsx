import { useTranslation } from 'react-i18next'
import type { DecisionKind } from '../api/types'
import { useKindName } from './names'
import { SelectField } from '../ui/SelectField'

/** A select of the collaboration's kinds of decision, in the interface language, sorted by name. */
export function KindPicker({ id, kinds, value, onChange }: { id: string; kinds: DecisionKind[]; value: string; onChange: (kindId: string) => void }) {
  const { t, i18n } = useTranslation()
  const kindName = useKindName()
  const sorted = [...kinds].sort((a, b) => kindName(a).localeCompare(kindName(b), i18n.language))
  return (
    <SelectField id={id} label={t('governance.decisionKind')} className="input-medium" value={value} onChange={onChange} empty={t('governance.chooseKind')} options={sorted.map((kind) => ({ value: kind.id, label: kindName(kind) }))} />
  )
}
