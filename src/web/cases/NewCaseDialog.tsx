import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ApiError } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useGovernance } from '../governance/queries'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { ConfidentialityFields } from './ConfidentialityFields'
import { useCaseSettings, useCreateCase, useInitiativeChoices, type NewCase } from './queries'

const EMPTY = { title: '', description: '', classificationCode: '', preparingBodyId: '', decidingBodyId: '', initiativeId: '', confidential: false, confidentialityGround: '' }

const FIELD_IDS = {
  title: 'case-title',
  description: 'case-description',
  classificationCode: 'case-classification',
  preparingBodyId: 'case-preparing',
  decidingBodyId: 'case-deciding',
  initiativeId: 'case-initiative',
  confidentialityGround: 'case-ground',
}

/** Registrera ärende: the case's fields; after saving, the number it got and a link to it. */
/** The link to the case just registered takes focus, since the form's button it replaced had it. */
function useFocusOnShow(shown: boolean) {
  const ref = useRef<HTMLAnchorElement>(null)
  useEffect(() => {
    if (shown) ref.current?.focus()
  }, [shown])
  return ref
}

export function NewCaseDialog({ returnFocusTo, onClose }: { returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const governance = useGovernance(collaboration.id)
  const settings = useCaseSettings(collaboration.id)
  const initiatives = useInitiativeChoices(collaboration.id)
  const create = useCreateCase(collaboration.id)
  const [form, setForm] = useState(EMPTY)
  const fields = create.error instanceof ApiError ? create.error.fields : {}
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const bodies = (governance.data?.bodies ?? []).map((b) => ({ value: b.id, label: b.name }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: NewCase = {
      ...form,
      classificationCode: form.classificationCode || null,
      preparingBodyId: form.preparingBodyId || null,
      decidingBodyId: form.decidingBodyId || null,
      initiativeId: form.initiativeId || null,
      confidentialityGround: form.confidential ? form.confidentialityGround : '',
    }
    create.mutate(body)
  }

  const created = create.data
  const createdLink = useFocusOnShow(created !== undefined)
  return (
    <Dialog titleId="new-case-title" title={t('cases.newTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      {created ? (
        <div className="form">
          <SuccessMessage>
            <p>{t('cases.created', { number: created.number })}</p>
          </SuccessMessage>
          <div className="form-actions">
            <Link ref={createdLink} className="button button-primary" to={created.id}>
              {t('cases.openCreated', { number: created.number })}
            </Link>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setForm(EMPTY)
                create.reset()
              }}
            >
              {t('cases.registerAnother')}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p className="field-hint dialog-intro">{t('cases.newIntro')}</p>
          <ErrorSummary error={create.error} fieldIds={FIELD_IDS} />
          <Field id={FIELD_IDS.title} label={t('cases.fieldTitle')} hint={t('cases.fieldTitleHint')} error={fields.title} required>
            {(props) => <input {...props} autoComplete="off" value={form.title} onChange={(e) => set('title')(e.target.value)} />}
          </Field>
          <Field id={FIELD_IDS.description} label={t('cases.description')} error={fields.description}>
            {(props) => <textarea {...props} rows={3} value={form.description} onChange={(e) => set('description')(e.target.value)} />}
          </Field>
          <SelectField
            id={FIELD_IDS.classificationCode}
            label={t('cases.classification')}
            hint={t('cases.classificationHint')}
            error={fields.classificationCode}
            value={form.classificationCode}
            onChange={set('classificationCode')}
            empty={t('cases.noClassification')}
            options={(settings.data?.classification ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }))}
          />
          <div className="form-grid">
            <SelectField id={FIELD_IDS.preparingBodyId} label={t('cases.preparingBody')} error={fields.preparingBodyId} value={form.preparingBodyId} onChange={set('preparingBodyId')} empty={t('cases.noBody')} options={bodies} />
            <SelectField id={FIELD_IDS.decidingBodyId} label={t('cases.decidingBody')} error={fields.decidingBodyId} value={form.decidingBodyId} onChange={set('decidingBodyId')} empty={t('cases.noBody')} options={bodies} />
          </div>
          <SelectField
            id={FIELD_IDS.initiativeId}
            label={t('cases.initiative')}
            error={fields.initiativeId}
            value={form.initiativeId}
            onChange={set('initiativeId')}
            empty={t('cases.noInitiative')}
            options={(initiatives.data ?? []).map((i) => ({ value: i.id, label: i.title }))}
          />
          <ConfidentialityFields
            idPrefix="case"
            label={t('cases.confidentialLabel')}
            confidential={form.confidential}
            ground={form.confidentialityGround}
            error={fields.confidentialityGround}
            onChange={(confidential, ground) => setForm((f) => ({ ...f, confidential, confidentialityGround: ground }))}
          />
          <FormActions pending={create.isPending} label={t('cases.save')} pendingLabel={t('cases.saving')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  )
}
