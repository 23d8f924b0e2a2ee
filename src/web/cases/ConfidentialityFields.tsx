import { useTranslation } from 'react-i18next'
import { Field } from '../ui/Field'

/** A checkbox for confidentiality and, once checked, the ground in the Secrecy Act. */
export function ConfidentialityFields({
  idPrefix,
  label,
  confidential,
  ground,
  error,
  onChange,
}: {
  idPrefix: string
  label: string
  confidential: boolean
  ground: string
  error?: string
  onChange: (confidential: boolean, ground: string) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="confidentiality">
      <legend className="visually-hidden">{t('cases.confidential')}</legend>
      <div className="field">
        <label className="checkbox" htmlFor={`${idPrefix}-confidential`}>
          <input id={`${idPrefix}-confidential`} type="checkbox" checked={confidential} onChange={(e) => onChange(e.target.checked, ground)} />
          {label}
        </label>
      </div>
      {confidential && (
        <Field id={`${idPrefix}-ground`} label={t('cases.ground')} hint={t('cases.groundHint')} error={error} required>
          {(props) => <input {...props} autoComplete="off" value={ground} onChange={(e) => onChange(true, e.target.value)} />}
        </Field>
      )}
    </fieldset>
  )
}
