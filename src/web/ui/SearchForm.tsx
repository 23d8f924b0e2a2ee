import { useState, type FormEvent } from 'react'
import { Field } from './Field'

/** A filter card's search box: searches on submit, and offers to clear every filter while any is set. */
export function SearchForm({
  className,
  id,
  label,
  hint,
  q,
  active,
  searchButton,
  clearButton,
  onSearch,
  onClear,
}: {
  className: string
  id: string
  label: string
  hint: string
  q: string
  active: boolean
  searchButton: string
  clearButton: string
  onSearch: (q: string) => void
  onClear: () => void
}) {
  const [text, setText] = useState(q)
  const search = (event: FormEvent) => {
    event.preventDefault()
    onSearch(text.trim())
  }
  return (
    <form className={className} role="search" onSubmit={search}>
      <Field id={id} label={label} hint={hint}>
        {(props) => <input {...props} type="search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-secondary">
        {searchButton}
      </button>
      {active && (
        <button
          type="button"
          className="button button-link"
          onClick={() => {
            setText('')
            onClear()
          }}
        >
          {clearButton}
        </button>
      )}
    </form>
  )
}
