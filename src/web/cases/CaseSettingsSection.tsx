import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { CaseSettings } from '../api/types'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { useCaseSettings, useUpdateCaseSettings } from './queries'

/** The coordinator's settings of the register: the number format with the server's example, and the classification scheme. */
export function CaseSettingsSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation()
  const settings = useCaseSettings(collaborationId)
  return (
    <section className="card" aria-labelledby="case-settings-heading">
      <h2 id="case-settings-heading">{t('register.settingsTitle')}</h2>
      <p className="section-lead">{t('register.settingsIntro')}</p>
      <QueryView query={settings}>{(data) => <SettingsForm collaborationId={collaborationId} settings={data} />}</QueryView>
    </section>
  )
}

function SettingsForm({ collaborationId, settings }: { collaborationId: string; settings: CaseSettings }) {
  const { t } = useTranslation()
  const save = useUpdateCaseSettings(collaborationId)
  const [format, setFormat] = useState(settings.caseNumberFormat)
  const [codes, setCodes] = useState(settings.classification)
  const [code, setCode] = useState('')
  const [codeTitle, setCodeTitle] = useState('')
  const fields = save.error instanceof ApiError ? save.error.fields : {}
  const changed = format !== settings.caseNumberFormat

  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ caseNumberFormat: format, classification: codes })
  }
  const addCode = () => {
    if (!code.trim() || !codeTitle.trim()) return
    setCodes((all) => [...all.filter((c) => c.code !== code.trim()), { code: code.trim(), title: codeTitle.trim() }].sort((a, b) => a.code.localeCompare(b.code, 'sv', { numeric: true })))
    setCode('')
    setCodeTitle('')
  }

  return (
    <form className="form case-settings" onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} fieldIds={{ caseNumberFormat: 'settings-format' }} />
      {save.isSuccess && (
        <SuccessMessage>
          <p>{t('register.settingsSaved')}</p>
        </SuccessMessage>
      )}
      <div className="settings-format">
        <Field id="settings-format" label={t('register.format')} hint={t('register.formatHint')} error={fields.caseNumberFormat} required>
          {(props) => <input {...props} className="input-medium" autoComplete="off" value={format} onChange={(e) => setFormat(e.target.value)} />}
        </Field>
        <p className="settings-example" aria-live="polite">
          {t('register.example')} <strong className="code">{settings.example}</strong>
          {changed && <span className="cell-secondary">{t('register.exampleAfterSave')}</span>}
        </p>
      </div>

      <h3 id="classification-heading">{t('register.classificationTitle')}</h3>
      {codes.length === 0 ? (
        <p className="empty">{t('register.noCodes')}</p>
      ) : (
        <Table captionId="classification-caption" caption={t('register.classificationCaption')} captionClassName="visually-hidden" className="compact-table">
          <ColumnHeads columns={[t('register.code'), t('register.codeTitle'), <span className="visually-hidden">{t('register.actions')}</span>]} />
          <tbody>
            {codes.map((c) => (
              <tr key={c.code}>
                <th scope="row" className="nowrap">
                  {c.code}
                </th>
                <td className="cell-wrap">{c.title}</td>
                <td>
                  <button type="button" className="button-link" onClick={() => setCodes((all) => all.filter((x) => x.code !== c.code))}>
                    {t('register.removeCode', { code: c.code })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <div className="inline-form add-code" role="group" aria-labelledby="add-code-label">
        <span id="add-code-label" className="visually-hidden">
          {t('register.addCode')}
        </span>
        <Field id="settings-code" label={t('register.code')}>
          {(props) => <input {...props} className="input-short" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field id="settings-code-title" label={t('register.codeTitle')}>
          {(props) => <input {...props} autoComplete="off" value={codeTitle} onChange={(e) => setCodeTitle(e.target.value)} />}
        </Field>
        <button type="button" className="button button-secondary" onClick={addCode}>
          {t('register.addCode')}
        </button>
      </div>
      <FormActions pending={save.isPending} label={t('register.saveSettings')} pendingLabel={t('register.savingSettings')} />
    </form>
  )
}
