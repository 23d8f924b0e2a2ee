import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Collaboration } from '../../modules/collaborations/collaborations.schema'
import { HOST_RULE, PUBLIC_AUTHORITY_FORMS } from '../../modules/governance/governance.model'
import { LEGAL_FORMS, type LegalForm } from '../../shared/roles'
import { ApiError } from '../api/client'
import type { Member } from '../api/types'
import { useMembers } from '../members/queries'
import { ReminderDaysSection } from '../notifications/ReminderDaysSection'
import { RiskThresholdSection } from '../risks/RiskThresholdSection'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { Page } from '../ui/Page'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { useCurrentCollaboration } from './CollaborationContext'
import { allows, useUpdateCollaboration } from './queries'
import { hasLeftBy } from '../../shared/membership'
import { todayInSweden } from '../../shared/format'

const fieldIds = { name: 'settings-name', prefix: 'settings-prefix', legalForm: 'settings-legal-form', description: 'settings-description', hostMemberId: 'settings-host', recordsPublicSetting: 'settings-records-public' }

/** Inställningar: the coordinator changes the collaboration's name, prefix, legal form, description and host. */
export function SettingsPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const members = useMembers(collaboration.id)
  const mayUpdate = allows(permissions, 'collaborations', 'update')
  const [formKey, setFormKey] = useState(0)
  return (
    <Page title={t('settings.title')} context={collaboration.name} intro={t('settings.intro')}>
      {mayUpdate ? (
        <>
          <QueryView query={members}>{(data) => <SettingsForm key={formKey} collaboration={collaboration} members={data.members.filter((m) => !hasLeftBy(m, todayInSweden()))} />}</QueryView>
          {/* The reminder days are the collaboration's too and move its version: the form above starts again from what is saved. */}
          <ReminderDaysSection collaborationId={collaboration.id} onSaved={() => setFormKey((key) => key + 1)} />
          {/* So does the risk escalation threshold. */}
          <RiskThresholdSection collaborationId={collaboration.id} onSaved={() => setFormKey((key) => key + 1)} />
        </>
      ) : (
        <p className="alert alert-info">{t('settings.notAllowed')}</p>
      )}
    </Page>
  )
}

function SettingsForm({ collaboration, members }: { collaboration: Collaboration; members: Member[] }) {
  const { t } = useTranslation()
  const update = useUpdateCollaboration(collaboration.id)
  // The version read when the form was filled in goes with the change, so nobody's change is overwritten unseen.
  const [version, setVersion] = useState(collaboration.version)
  const [name, setName] = useState(collaboration.name)
  const [prefix, setPrefix] = useState(collaboration.prefix)
  const [legalForm, setLegalForm] = useState<LegalForm>(collaboration.legalForm)
  const [description, setDescription] = useState(collaboration.description)
  const [hostMemberId, setHostMemberId] = useState(collaboration.hostMemberId ?? '')
  const [recordsPublic, setRecordsPublic] = useState(collaboration.recordsPublicSetting === null ? '' : String(collaboration.recordsPublicSetting))
  const publicAuthority = PUBLIC_AUTHORITY_FORMS.includes(legalForm)
  const hostRule = HOST_RULE[legalForm]
  const fields = update.error instanceof ApiError ? update.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate({ version, name, prefix, legalForm, description, hostMemberId: hostRule === 'none' ? null : hostMemberId || null, ...(publicAuthority ? {} : { recordsPublicSetting: recordsPublic === '' ? null : recordsPublic === 'true' }) }, { onSuccess: (saved) => setVersion(saved.version) })
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary error={update.error} fieldIds={fieldIds} />
      {update.isSuccess && !update.isPending && <SuccessMessage>{t('settings.saved')}</SuccessMessage>}
      <section className="card" aria-labelledby="settings-basics-heading">
        <h2 id="settings-basics-heading">{t('create.basics')}</h2>
        <div className="form-grid">
          <Field id={fieldIds.name} label={t('create.name')} error={fields.name} required>
            {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field id={fieldIds.prefix} label={t('create.prefix')} hint={t('settings.prefixHint')} error={fields.prefix} required>
            {(props) => <input {...props} className="input-short" value={prefix} onChange={(e) => setPrefix(e.target.value.toUpperCase())} maxLength={10} autoCapitalize="characters" />}
          </Field>
          <SelectField id={fieldIds.legalForm} label={t('create.legalForm')} error={fields.legalForm} required value={legalForm} onChange={setLegalForm} options={LEGAL_FORMS.map((form) => ({ value: form, label: t(`legalForms.${form}`) }))} />
          {hostRule === 'none' ? (
            <p className="field-hint">{t('create.hostHints.none')}</p>
          ) : (
            <SelectField id={fieldIds.hostMemberId} label={t('create.host')} hint={t(`create.hostHints.${hostRule}`)} error={fields.hostMemberId} value={hostMemberId} onChange={setHostMemberId} empty={t('create.noHost')} options={members.map((m) => ({ value: m.id, label: m.name }))} />
          )}
          <Field id={fieldIds.recordsPublicSetting} label={t('settings.recordsPublic')} hint={t('settings.recordsPublicHint')} error={fields.recordsPublicSetting}>
            {(props) =>
              publicAuthority ? (
                <select {...props} value="always" disabled>
                  <option value="always">{t('settings.recordsAlways')}</option>
                </select>
              ) : (
                <select {...props} value={recordsPublic} onChange={(e) => setRecordsPublic(e.target.value)}>
                  <option value="">{t('settings.recordsDefault')}</option>
                  <option value="true">{t('common.yes')}</option>
                  <option value="false">{t('common.no')}</option>
                </select>
              )
            }
          </Field>
        </div>
        <Field id={fieldIds.description} label={t('create.description')} error={fields.description}>
          {(props) => <textarea {...props} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
      </section>
      <FormActions pending={update.isPending} label={t('settings.save')} pendingLabel={t('settings.saving')} />
    </form>
  )
}
