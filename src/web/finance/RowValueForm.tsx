import type { FormEvent } from 'react'
import { VisuallyHidden } from '../ui/Visually'

/**
 * A figure edited in its table row (a member's usage, an index value): a hidden label, the input, a small
 * save button that names the row, then the error or, once saved, what was saved.
 */
export function RowValueForm(props: {
  id: string
  label: string
  inputMode: 'numeric' | 'decimal'
  value: string
  onChange: (value: string) => void
  onSubmit: () => void
  pending: boolean
  save: string
  saving: string
  /** Said after the button's text to screen readers, so every row's button has its own name. */
  rowName: string
  message: string
  /** What was saved, once it was. */
  saved: string | null
}) {
  const { id, message } = props
  const submit = (event: FormEvent) => {
    event.preventDefault()
    props.onSubmit()
  }
  return (
    <form className="usage-form" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor={id}>
        {props.label}
      </label>
      <input id={id} className="usage-input" inputMode={props.inputMode} autoComplete="off" value={props.value} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} onChange={(e) => props.onChange(e.target.value)} />
      <button type="submit" className="button button-secondary button-small" disabled={props.pending}>
        {props.pending ? props.saving : props.save}
        <VisuallyHidden> {props.rowName}</VisuallyHidden>
      </button>
      {message && (
        <p className="field-error usage-message" id={`${id}-error`} role="alert">
          {message}
        </p>
      )}
      {props.saved !== null && !message && (
        <p className="usage-message usage-saved" role="status">
          {props.saved}
        </p>
      )}
    </form>
  )
}
