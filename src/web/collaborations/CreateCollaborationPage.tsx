import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import type { Collaboration, CreateCollaborationBody } from '../../modules/collaborations/collaborations.schema'
import { HOST_RULE } from '../../modules/governance/governance.model'
import { LEGAL_FORMS, type LegalForm } from '../../shared/roles'
import { todayInSweden } from '../../shared/format'
import { ApiError, api } from '../api/client'
import type { Organisation } from '../api/types'
import { useSession } from '../auth/session'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { Page } from '../ui/Page'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { MemberPicker } from './MemberPicker'

const fieldIds = { name: 'name', prefix: 'prefix', legalForm: 'legal-form', description: 'description', joinedOn: 'joined-on', hostCode: 'host', memberCodes: 'member-search' }

export function CreateCollaborationPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const session = useSession()
  const [name, setName] = useState('')
  const [prefix, setPrefix] = useState('')
  const [legalForm, setLegalForm] = useState<LegalForm | ''>('')
  const [description, setDescription] = useState('')
  const [joinedOn, setJoinedOn] = useState(todayInSweden())
  const [picked, setPicked] = useState<Organisation[]>([])
  const [hostCode, setHostCode] = useState('')

  const create = useMutation({
    mutationFn: (body: Omit<CreateCollaborationBody, 'legalForm'> & { legalForm: LegalForm | '' }) => api<Collaboration>('POST', '/api/collaborations', body),
    onSuccess: async (created) => {
      // The creator is now its coordinator: the session's roles and the list have changed.
      await queryClient.invalidateQueries({ queryKey: ['session'] })
      await queryClient.invalidateQueries({ queryKey: ['collaborations'] })
      void navigate(`/collaborations/${created.id}`)
    },
  })
  const fields = create.error instanceof ApiError ? create.error.fields : {}
  const hostRule = legalForm ? HOST_RULE[legalForm] : 'unknown'
  const mayCreate = Boolean(session.data?.mayCreateCollaboration)

  if (!mayCreate) {
    return (
      <Page title={t('create.title')}>
        <p className="alert alert-info">{t('create.notAllowed')}</p>
      </Page>
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    // A form with no host (a kommunalförbund is a legal person of its own) sends none, whatever was chosen before.
    const host = hostRule !== 'none' && picked.some((o) => o.code === hostCode) ? hostCode : undefined
    create.mutate({ name, prefix, legalForm, description, joinedOn, memberCodes: picked.map((o) => o.code), hostCode: host })
  }

  return (
    <Page title={t('create.title')} intro={t('create.intro')}>
      <p className="alert alert-info">
        <Link to="/legal-form-advisor">{t('advisor.link')}</Link>
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={create.error} fieldIds={fieldIds} />
        <section className="card" aria-labelledby="basics-heading">
          <h2 id="basics-heading">{t('create.basics')}</h2>
          <div className="form-grid">
            <Field id={fieldIds.name} label={t('create.name')} hint={t('create.nameHint')} error={fields.name} required>
              {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
            </Field>
            <Field id={fieldIds.prefix} label={t('create.prefix')} hint={t('create.prefixHint')} error={fields.prefix} required>
              {(props) => <input {...props} className="input-short" value={prefix} onChange={(e) => setPrefix(e.target.value.toUpperCase())} maxLength={10} autoCapitalize="characters" />}
            </Field>
            <SelectField id={fieldIds.legalForm} label={t('create.legalForm')} error={fields.legalForm} required value={legalForm} onChange={setLegalForm} empty={t('create.chooseLegalForm')} options={LEGAL_FORMS.map((form) => ({ value: form, label: t(`legalForms.${form}`) }))} />
            <Field id={fieldIds.joinedOn} label={t('create.joinedOn')} hint={t('create.dateHint')} error={fields.joinedOn} required>
              {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={joinedOn} onChange={(e) => setJoinedOn(e.target.value.trim())} />}
            </Field>
          </div>
          <Field id={fieldIds.description} label={t('create.description')} error={fields.description}>
            {(props) => <textarea {...props} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
        </section>

        <section className="card" aria-labelledby="members-heading">
          <h2 id="members-heading">{t('create.membersSection')}</h2>
          <MemberPicker picked={picked} onChange={setPicked} error={fields.memberCodes} />
        </section>

        <section className="card" aria-labelledby="host-heading">
          <h2 id="host-heading">{t('create.hostSection')}</h2>
          {hostRule === 'none' ? (
            <p>{t('create.hostHints.none')}</p>
          ) : (
            <SelectField id={fieldIds.hostCode} label={t('create.host')} hint={t(`create.hostHints.${hostRule}`)} error={fields.hostCode} value={hostCode} onChange={setHostCode} empty={t('create.noHost')} options={picked.map((o) => ({ value: o.code, label: o.name }))} />
          )}
        </section>

        <FormActions pending={create.isPending} label={t('create.submit')} pendingLabel={t('create.submitting')} />
      </form>
    </Page>
  )
}
