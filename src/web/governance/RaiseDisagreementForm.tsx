import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { Governance } from '../api/types'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
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
        <SelectField id={fieldIds.bodyId} label={t('disagreements.body')} error={fields.bodyId} required value={bodyId} onChange={setBodyId} empty={t('disagreements.chooseBody')} options={governance.bodies.map((b) => ({ value: b.id, label: b.name }))} />
        <Field id={fieldIds.description} label={t('disagreements.description')} error={fields.description}>
          {(props) => <textarea {...props} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <FormActions pending={changes.raise.isPending} label={t('disagreements.raise')} pendingLabel={t('disagreements.raising')} />
      </form>
    </section>
  )
}
