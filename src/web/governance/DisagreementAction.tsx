import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { Disagreement, Governance } from '../api/types'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { bodyNamer } from './names'
import type { useDisagreementChanges } from './queries'

type Mode = 'escalate' | 'resolve' | null

/** Escalate one level with a reason, or record the resolution: for the coordinator and the secretary. */
export function DisagreementAction({ disagreement: d, governance, changes, onDone }: { disagreement: Disagreement; governance: Governance; changes: ReturnType<typeof useDisagreementChanges>; onDone: (message: string) => void }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<Mode>(null)
  const [text, setText] = useState('')
  const mutation = mode === 'resolve' ? changes.resolve : changes.escalate
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const fieldId = `${mode}-${d.id}`
  const open = (next: Mode) => {
    changes.escalate.reset()
    changes.resolve.reset()
    setText('')
    setMode(next)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const done = (message: string) => () => {
      setMode(null)
      onDone(message)
    }
    if (mode === 'escalate') changes.escalate.mutate({ id: d.id, version: d.version, reason: text }, { onSuccess: done(t('disagreements.escalated')) })
    else changes.resolve.mutate({ id: d.id, version: d.version, resolution: text }, { onSuccess: done(t('disagreements.resolvedMessage')) })
  }
  if (!mode) {
    return (
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" aria-label={t('disagreements.escalateLabel', { title: d.title })} onClick={() => open('escalate')}>
          {t('disagreements.escalate')}
        </button>
        <button type="button" className="button button-secondary button-small" aria-label={t('disagreements.resolveLabel', { title: d.title })} onClick={() => open('resolve')}>
          {t('disagreements.resolve')}
        </button>
      </div>
    )
  }
  const name = bodyNamer(governance)
  return (
    <form className="form action-form" onSubmit={submit} noValidate aria-labelledby={`${fieldId}-title`}>
      <h4 id={`${fieldId}-title`}>{mode === 'resolve' ? t('disagreements.resolveTitle') : d.nextBodyId ? t('disagreements.escalateTitle', { body: name(d.nextBodyId) }) : t('disagreements.escalate')}</h4>
      <ErrorSummary error={mutation.error} fieldIds={{ [mode === 'escalate' ? 'reason' : 'resolution']: fieldId }} />
      <Field
        id={fieldId}
        label={mode === 'escalate' ? t('disagreements.reason') : t('disagreements.resolutionField')}
        hint={mode === 'escalate' ? t('disagreements.reasonHint') : t('disagreements.resolutionHint')}
        error={mode === 'escalate' ? fields.reason : fields.resolution}
        required
      >
        {(props) => <textarea {...props} rows={3} value={text} onChange={(e) => setText(e.target.value)} autoFocus />}
      </Field>
      <FormActions
        pending={mutation.isPending}
        label={mode === 'escalate' ? t('disagreements.escalate') : t('disagreements.resolve')}
        pendingLabel={mode === 'escalate' ? t('disagreements.escalating') : t('disagreements.resolving')}
        onCancel={() => setMode(null)}
      />
    </form>
  )
}
