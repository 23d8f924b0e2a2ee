import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { ProcessModel } from '../api/types'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { useLocalName } from '../initiative/names'
import type { ProcessChanges } from './queries'

export interface CopySource {
  kind: 'template' | 'model'
  /** The template's key or the model's id. */
  id: string
  nameSv: string
  nameEn: string
}

const fieldIds = { nameSv: 'copy-name-sv', nameEn: 'copy-name-en', isDefault: 'copy-default' }

/** Copy a template or a model into a new model of the collaboration's own. */
export function CopyDialog({ source, changes, returnFocusTo, onClose, onCopied }: { source: CopySource; changes: ProcessChanges; returnFocusTo: HTMLElement | null; onClose: () => void; onCopied: (model: ProcessModel) => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const [nameSv, setNameSv] = useState(source.kind === 'template' ? source.nameSv : `${source.nameSv} (kopia)`)
  const [nameEn, setNameEn] = useState(source.kind === 'template' ? source.nameEn : `${source.nameEn} (copy)`)
  const [isDefault, setIsDefault] = useState(false)
  const copy = changes.copy
  const fields = copy.error instanceof ApiError ? copy.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const from = source.kind === 'template' ? { fromTemplateKey: source.id } : { fromModelId: source.id }
    copy.mutate({ ...from, nameSv, nameEn, isDefault }, { onSuccess: onCopied })
  }
  return (
    <Dialog titleId="copy-dialog-title" title={t('processes.copyTitle', { name: name(source) })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('processes.copyIntro')}</p>
        <ErrorSummary error={copy.error} fieldIds={fieldIds} />
        <Field id={fieldIds.nameSv} label={t('processes.nameSv')} error={fields.nameSv} required>
          {(props) => <input {...props} autoComplete="off" value={nameSv} onChange={(e) => setNameSv(e.target.value)} />}
        </Field>
        <Field id={fieldIds.nameEn} label={t('processes.nameEn')} error={fields.nameEn} required>
          {(props) => <input {...props} lang="en" autoComplete="off" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />}
        </Field>
        <div className="field">
          <label className="checkbox" htmlFor={fieldIds.isDefault}>
            <input id={fieldIds.isDefault} type="checkbox" checked={isDefault} onChange={(e) => setIsDefault(e.target.checked)} />
            {t('processes.makeDefault')}
          </label>
        </div>
        <FormActions pending={copy.isPending} label={t('processes.copy')} pendingLabel={t('processes.copying')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
