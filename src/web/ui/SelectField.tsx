import { Field } from './Field'

export interface SelectOption<V extends string> {
  value: V
  label: string
  lang?: string
}

/** A <Field> holding a <select>: an optional first option for "none" (value ''), then the options. */
export function SelectField<V extends string>({
  id,
  label,
  hint,
  error,
  required,
  className,
  disabled,
  value,
  onChange,
  empty,
  options,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  required?: boolean
  className?: string
  disabled?: boolean
  value: V
  onChange: (value: V) => void
  empty?: string
  options: SelectOption<V>[]
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(props) => (
        <select {...props} className={className} value={value} onChange={(e) => onChange(e.target.value as V)} disabled={disabled}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
