import { useTranslation } from 'react-i18next'
import type { DecisionKind } from '../api/types'
import { Field } from '../ui/Field'
import { useKindName } from './names'

/** A select of the collaboration's kinds of decision, in the interface language, sorted by name. */
export function KindPicker({ id, kinds, value, onChange }: { id: string; kinds: DecisionKind[]; value: string; onChange: (kindId: string) => void }) {
  const { t, i18n } = useTranslation()
  const kindName = useKindName()
  const sorted = [...kinds].sort((a, b) => kindName(a).localeCompare(kindName(b), i18n.language))
  return (
    <Field id={id} label={t('governance.decisionKind')}>
      {(props) => (
        <select {...props} className="input-medium" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('governance.chooseKind')}</option>
          {sorted.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kindName(kind)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
