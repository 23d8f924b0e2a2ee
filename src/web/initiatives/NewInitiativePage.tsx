import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import type { Area } from '../../shared/initiatives'
import { AreasField } from './AreasField'
import { ApiError } from '../api/client'
import type { Member, ProcessModel } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useOwnMembers } from '../collaborations/own-members'
import { useLanguage } from '../i18n/useLanguage'
import { useMembers } from '../members/queries'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { Page } from '../ui/Page'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, QueryView } from '../ui/Status'
import { processModelName } from './labels'
import { ParticipantChecklist } from './ParticipantChecklist'
import { useCreateInitiative, useProcesses } from './portfolio-queries'
import './initiatives.css'
import { hasLeftBy } from '../../shared/membership'
import { todayInSweden } from '../../shared/format'

const fieldIds = {
  title: 'initiative-title',
  need: 'initiative-need',
  description: 'initiative-description',
  areas: 'initiative-area-care',
  proposingMemberId: 'initiative-proposer',
  participantMemberIds: 'participants-filter',
  projectManager: 'initiative-manager',
  processModelId: 'initiative-process',
}

/** Registrera idé: a new initiative, which starts in the first phase of its process model. */
export function NewInitiativePage() {
  const { t } = useTranslation()
  const { collaboration, myRoles } = useCurrentCollaboration()
  const members = useMembers(collaboration.id)
  const processes = useProcesses(collaboration.id)
  // A coordinator registers for any member; a member representative only for the members it represents.
  const coordinator = myRoles.some((role) => role.role === 'coordinator')
  const ownMemberIds = useOwnMembers().represented
  return (
    <Page title={t('newInitiative.title')} context={collaboration.name} intro={t('newInitiative.intro')}>
      <QueryView query={members}>
        {(memberList) => (
          <QueryView query={processes}>
            {({ models }) => {
              const current = memberList.members.filter((m) => !hasLeftBy(m, todayInSweden()))
              const proposers = coordinator ? current : current.filter((m) => ownMemberIds.includes(m.id))
              return <NewInitiativeForm members={current} proposers={proposers} ownMemberIds={coordinator ? null : ownMemberIds} models={models.filter((m) => m.latest)} />
            }}
          </QueryView>
        )}
      </QueryView>
    </Page>
  )
}

function NewInitiativeForm({ members, proposers, ownMemberIds, models }: { members: Member[]; proposers: Member[]; ownMemberIds: string[] | null; models: ProcessModel[] }) {
  const { t } = useTranslation()
  // A member representative enrols its own members; the other members it names are invited (issue 13).
  const limited = ownMemberIds !== null
  const language = useLanguage()
  const navigate = useNavigate()
  const { collaboration } = useCurrentCollaboration()
  const create = useCreateInitiative(collaboration.id)
  const [title, setTitle] = useState('')
  const [need, setNeed] = useState('')
  const [description, setDescription] = useState('')
  const [areas, setAreas] = useState<Area[]>([])
  const [proposerId, setProposerId] = useState(proposers.length === 1 ? (proposers[0]?.id ?? '') : '')
  const [participants, setParticipants] = useState<string[]>([])
  const [projectManager, setProjectManager] = useState('')
  const [processModelId, setProcessModelId] = useState(models.find((m) => m.isDefault)?.id ?? models[0]?.id ?? '')
  const fields = create.error instanceof ApiError ? fieldErrors(create.error) : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      {
        title,
        need,
        description,
        areas,
        proposingMemberId: proposerId,
        participantMemberIds: [...new Set([proposerId, ...participants].filter(Boolean))],
        projectManager,
        processModelId: processModelId || undefined,
      },
      { onSuccess: (initiative) => void navigate(`/collaborations/${collaboration.id}/initiatives/${initiative.id}`) },
    )
  }

  return (
    <form className="form card new-initiative" onSubmit={submit} noValidate>
      <ErrorSummary error={create.error} fieldIds={fieldIds} />
      <Field id={fieldIds.title} label={t('newInitiative.titleField')} error={fields.title} required>
        {(props) => <input {...props} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field id={fieldIds.need} label={t('newInitiative.need')} hint={t('newInitiative.needHint')} error={fields.need}>
        {(props) => <textarea {...props} rows={4} value={need} onChange={(e) => setNeed(e.target.value)} />}
      </Field>
      <Field id={fieldIds.description} label={t('newInitiative.description')} error={fields.description}>
        {(props) => <textarea {...props} rows={5} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <AreasField idPrefix="initiative" legend={t('newInitiative.areas')} hint={t('newInitiative.areasHint')} error={fields.areas} value={areas} onChange={setAreas} listClassName="checkbox-columns" />
      <div className="form-grid">
        <SelectField
          id={fieldIds.proposingMemberId}
          label={t('newInitiative.proposingMember')}
          hint={limited ? t('newInitiative.ownMemberOnly') : undefined}
          error={fields.proposingMemberId}
          required
          value={proposerId}
          onChange={setProposerId}
          empty={proposers.length === 1 ? undefined : t('newInitiative.chooseMember')}
          options={proposers.map((m) => ({ value: m.id, label: m.name }))}
        />
        <SelectField
          id={fieldIds.processModelId}
          label={t('newInitiative.process')}
          error={fields.processModelId}
          value={processModelId}
          onChange={setProcessModelId}
          options={models.map((m) => ({ value: m.id, label: m.isDefault ? t('newInitiative.processDefault', { name: processModelName(m, language) }) : processModelName(m, language) }))}
        />
      </div>
      <ParticipantChecklist members={members} chosen={participants} proposerId={proposerId} ownMemberIds={ownMemberIds} error={fields.participantMemberIds} onChange={setParticipants} />
      <Field id={fieldIds.projectManager} label={t('newInitiative.projectManager')} hint={t('newInitiative.projectManagerHint')} error={fields.projectManager}>
        {(props) => <input {...props} className="input-medium" autoComplete="off" value={projectManager} onChange={(e) => setProjectManager(e.target.value)} />}
      </Field>
      <FormActions pending={create.isPending} label={t('newInitiative.submit')} pendingLabel={t('newInitiative.submitting')} onCancel={() => void navigate('..', { relative: 'path' })} />
    </form>
  )
}

/** "areas.2" and "participantMemberIds.0" belong to their lists' fields. */
function fieldErrors(error: ApiError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [path, message] of Object.entries(error.fields)) fields[path.split('.')[0] ?? path] ??= message
  return fields
}
