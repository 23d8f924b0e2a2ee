import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { Governance } from '../api/types'
import { Field } from '../ui/Field'
import { ErrorSummary } from '../ui/Status'
import type { useDisagreementChanges } from './queries'

const fieldIds = { title: 'raise-title', description: 'raise-description', bodyId: 'raise-body' }

/** Anmäl en oenighet at the body where it arose. */
export function RaiseDisagreementForm({ governance, changes, onRaised }: { governance: Governance; changes: ReturnType<typeof useDisagreementChanges>; onRaised: () => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [bodyId, setBodyId] = useState('')
  const fields = changes.raise.error instanceof ApiError ? changes.raise.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    changes.raise.mutate(
      { title, description, bodyId },
      {
        onSuccess: () => {
          setTitle('')
          setDescription('')
          setBodyId('')
          onRaised()
        },
      },
    )
  }
  return (
    <section className="card" aria-labelledby="raise-heading">
      <h2 id="raise-heading">{t('disagreements.raiseTitle')}</h2>
      <p className="field-hint">{t('disagreements.raiseIntro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={changes.raise.error} fieldIds={fieldIds} />
        <Field id={fieldIds.title} label={t('disagreements.titleField')} error={fields.title} required>
          {(props) => <input {...props} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id={fieldIds.bodyId} label={t('disagreements.body')} error={fields.bodyId} required>
          {(props) => (
            <select {...props} value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
              <option value="">{t('disagreements.chooseBody')}</option>
              {governance.bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldIds.description} label={t('disagreements.description')} error={fields.description}>
          {(props) => <textarea {...props} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={changes.raise.isPending}>
            {changes.raise.isPending ? t('disagreements.raising') : t('disagreements.raise')}
          </button>
        </div>
      </form>
    </section>
  )
}
