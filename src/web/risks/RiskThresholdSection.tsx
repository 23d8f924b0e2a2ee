import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { type RiskSettingsData, useRiskSettings, useSaveRiskSettings } from './queries'

const FIELD_ID = 'risk-threshold'

/** Eskalering av risker: the coordinator sets the score above which a risk is raised along the escalation chain. */
export function RiskThresholdSection({ collaborationId, onSaved }: { collaborationId: string; onSaved: () => void }) {
  const { t } = useTranslation()
  const settings = useRiskSettings(collaborationId)
  return (
    <section className="card form" aria-labelledby="risk-threshold-heading">
      <h2 id="risk-threshold-heading">{t('risks.threshold.title')}</h2>
      <p className="field-hint">{t('risks.threshold.intro')}</p>
      <QueryView query={settings}>{(saved) => <ThresholdForm collaborationId={collaborationId} saved={saved} onSaved={onSaved} />}</QueryView>
    </section>
  )
}

function ThresholdForm({ collaborationId, saved, onSaved }: { collaborationId: string; saved: RiskSettingsData; onSaved: () => void }) {
  const { t } = useTranslation()
  const save = useSaveRiskSettings(collaborationId)
  const [text, setText] = useState(String(saved.threshold))
  useEffect(() => setText(String(saved.threshold)), [saved])
  const fields = save.error instanceof ApiError ? save.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    // What is not a whole number is sent as it is, so the server's answer names the field.
    save.mutate({ version: saved.version, threshold: /^\d+$/.test(text.trim()) ? Number(text.trim()) : (text as unknown as number) }, { onSuccess: onSaved })
  }
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} fieldIds={{ threshold: FIELD_ID }} />
      {save.isSuccess && <SuccessMessage>{t('risks.threshold.saved')}</SuccessMessage>}
      <Field id={FIELD_ID} label={t('risks.threshold.label')} hint={t('risks.threshold.hint')} error={fields.threshold}>
        {(props) => <input {...props} className="input-short" inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <FormActions pending={save.isPending} label={t('risks.threshold.save')} pendingLabel={t('risks.threshold.saving')} />
    </form>
  )
}
