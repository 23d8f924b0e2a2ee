import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { AREAS, type Area } from '../../shared/initiatives'
import { ApiError } from '../api/client'
import type { InitiativeDetail } from '../api/types'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import type { InitiativeChanges } from './queries'

const fieldIds = { title: 'edit-title', need: 'edit-need', description: 'edit-description', areas: 'edit-area-care', projectManager: 'edit-project-manager', gateDueOn: 'edit-gate-due' }

/** Change the initiative's title, texts, areas, project manager and when the gate's decisions are due. */
export function EditInitiativeDialog({ initiative, changes, returnFocusTo, onClose }: { initiative: InitiativeDetail; changes: InitiativeChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(initiative.title)
  const [need, setNeed] = useState(initiative.need)
  const [description, setDescription] = useState(initiative.description)
  const [areas, setAreas] = useState<Area[]>(initiative.areas)
  const [projectManager, setProjectManager] = useState(initiative.projectManager)
  const [gateDueOn, setGateDueOn] = useState(initiative.gateDueOn ?? '')
  const mutation = changes.update
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const toggle = (area: Area, on: boolean) => setAreas((all) => (on ? AREAS.filter((a) => a === area || all.includes(a)) : all.filter((a) => a !== area)))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    mutation.mutate({ version: initiative.version, title, need, description, areas, projectManager, gateDueOn: gateDueOn || null }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="edit-initiative-title" title={t('initiative.edit.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
        <Field id={fieldIds.title} label={t('initiative.edit.name')} error={fields.title} required>
          {(props) => <input {...props} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id={fieldIds.need} label={t('initiative.need')} error={fields.need}>
          {(props) => <textarea {...props} rows={3} value={need} onChange={(e) => setNeed(e.target.value)} />}
        </Field>
        <Field id={fieldIds.description} label={t('initiative.description')} error={fields.description}>
          {(props) => <textarea {...props} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <fieldset className="field">
          <legend>{t('initiative.areas')}</legend>
          {fields.areas && <p className="field-error">{fields.areas}</p>}
          <div className="checkbox-grid">
            {AREAS.map((area) => (
              <label key={area} className="checkbox">
                <input type="checkbox" id={`edit-area-${area}`} checked={areas.includes(area)} onChange={(e) => toggle(area, e.target.checked)} />
                {t(`areas.${area}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={fieldIds.projectManager} label={t('initiative.projectManager')} error={fields.projectManager}>
          {(props) => <input {...props} autoComplete="off" value={projectManager} onChange={(e) => setProjectManager(e.target.value)} />}
        </Field>
        <Field id={fieldIds.gateDueOn} label={t('initiative.edit.gateDueOn')} hint={t('initiative.edit.gateDueOnHint')} error={fields.gateDueOn}>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={gateDueOn} onChange={(e) => setGateDueOn(e.target.value.trim())} />}
        </Field>
        <FormActions pending={mutation.isPending} label={t('initiative.edit.save')} pendingLabel={t('initiative.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
