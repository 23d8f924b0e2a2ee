import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Phase, ProcessDefinition } from '../../modules/processes/processes.schema'
import { ApiError } from '../api/client'
import type { ProcessModel } from '../api/types'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { useLocalName } from '../initiative/names'
import { PhaseEditor, phaseFieldIds } from './PhaseEditor'
import type { ProcessChanges } from './queries'

/**
 * Edit a model's names, its phases' texts and their gates. Saving makes a new version; initiatives already
 * under way keep the version they started with. Phases and document fields are kept as they are.
 */
export function ProcessEditor({ model, changes, onCancel, onSaved }: { model: ProcessModel; changes: ProcessChanges; onCancel: () => void; onSaved: (model: ProcessModel) => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const [nameSv, setNameSv] = useState(model.nameSv)
  const [nameEn, setNameEn] = useState(model.nameEn)
  const [description, setDescription] = useState(model.description)
  const [isDefault, setIsDefault] = useState(model.isDefault)
  const [definition, setDefinition] = useState<ProcessDefinition>(() => structuredClone(model.definition))
  const revise = changes.revise
  const fields = revise.error instanceof ApiError ? revise.error.fields : {}
  const fieldIds = { nameSv: 'process-name-sv', nameEn: 'process-name-en', description: 'process-description', ...Object.fromEntries(definition.phases.flatMap((_, i) => Object.entries(phaseFieldIds(i)))) }
  const setPhase = (index: number, phase: Phase) => setDefinition((d) => ({ phases: d.phases.map((p, i) => (i === index ? phase : p)) }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    revise.mutate({ modelId: model.id, body: { version: model.version, nameSv, nameEn, description, isDefault, definition } }, { onSuccess: onSaved })
  }
  return (
    <section className="card" aria-labelledby="process-view-heading">
      <h2 id="process-view-heading" tabIndex={-1}>
        {t('processes.editor.title', { name: name(model) })}
      </h2>
      <p className="alert alert-info">{t('processes.editor.versionNote', { next: model.version + 1 })}</p>
      <p className="field-hint">{t('processes.editor.scope')}</p>
      <form className="form process-editor" onSubmit={submit} noValidate>
        <ErrorSummary error={revise.error} fieldIds={fieldIds} />
        <div className="form-grid">
          <Field id={fieldIds.nameSv} label={t('processes.nameSv')} error={fields.nameSv} required>
            {(props) => <input {...props} autoComplete="off" value={nameSv} onChange={(e) => setNameSv(e.target.value)} />}
          </Field>
          <Field id={fieldIds.nameEn} label={t('processes.nameEn')} error={fields.nameEn} required>
            {(props) => <input {...props} lang="en" autoComplete="off" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />}
          </Field>
        </div>
        <Field id={fieldIds.description} label={t('processes.description')} error={fields.description}>
          {(props) => <textarea {...props} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="field">
          <label className="checkbox" htmlFor="process-default">
            <input id="process-default" type="checkbox" checked={isDefault} onChange={(e) => setIsDefault(e.target.checked)} />
            {t('processes.makeDefault')}
          </label>
        </div>
        {definition.phases.map((phase, index) => (
          <PhaseEditor key={phase.key} phase={phase} index={index} errors={fields} onChange={(next) => setPhase(index, next)} />
        ))}
        <FormActions pending={revise.isPending} label={t('processes.editor.save', { next: model.version + 1 })} pendingLabel={t('processes.editor.saving')} onCancel={onCancel} />
      </form>
    </section>
  )
}
