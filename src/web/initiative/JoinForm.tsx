import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { InitiativeDetail } from '../api/types'
import { useMembers } from '../members/queries'
import { SelectField } from '../ui/SelectField'
import type { InitiativeChanges } from './queries'
import type { ParticipationRights } from './rights'

/** Asking to join at the next gate: a member representative for its own member, the office for any member. */
export function JoinForm({ collaborationId, initiative, changes, rights }: { collaborationId: string; initiative: InitiativeDetail; changes: InitiativeChanges; rights: ParticipationRights }) {
  const { t } = useTranslation()
  const taking = new Set(initiative.participations.filter((p) => p.state !== 'left').map((p) => p.memberId))
  const invited = initiative.participations.filter((p) => p.state === 'invited')
  const join = changes.join
  return (
    <div className="join-form">
      <h3>{t('initiative.participants.joinTitle')}</h3>
      <p className="field-hint">{t('initiative.participants.joinHint', { gate: initiative.gate?.name ?? '' })}</p>
      {rights.ownMembers
        ?.filter((m) => invited.some((p) => p.memberId === m.id))
        .map((member) => (
          <p key={member.id}>{t('initiative.participants.invitedAbove', { name: member.name })}</p>
        ))}
      {rights.ownMembers ? (
        rights.ownMembers.filter((m) => !taking.has(m.id)).length === 0 ? (
          invited.some((p) => rights.ownMembers!.some((m) => m.id === p.memberId)) ? null : (
            <p className="empty">{t('initiative.participants.alreadyTakingPart')}</p>
          )
        ) : (
          <ul className="plain-list">
            {rights.ownMembers
              .filter((m) => !taking.has(m.id))
              .map((member) => (
                <li key={member.id}>
                  <button type="button" className="button button-secondary" disabled={join.isPending} onClick={() => join.mutate(member.id)}>
                    {t('initiative.participants.joinOwn', { name: member.name })}
                  </button>
                </li>
              ))}
          </ul>
        )
      ) : (
        <PickMember collaborationId={collaborationId} exclude={taking} changes={changes} />
      )}
    </div>
  )
}

function PickMember({ collaborationId, exclude, changes }: { collaborationId: string; exclude: Set<string>; changes: InitiativeChanges }) {
  const { t } = useTranslation()
  const members = useMembers(collaborationId)
  const [memberId, setMemberId] = useState('')
  const options = (members.data?.members ?? []).filter((m) => !exclude.has(m.id)).map((m) => ({ value: m.id, label: m.name }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (memberId) changes.join.mutate(memberId, { onSuccess: () => setMemberId('') })
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <SelectField id="join-member" label={t('initiative.participants.member')} value={memberId} onChange={setMemberId} empty={t('initiative.participants.chooseMember')} options={options} />
      <button type="submit" className="button button-secondary" disabled={!memberId || changes.join.isPending}>
        {t('initiative.participants.join')}
      </button>
    </form>
  )
}
