import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../api/types'

/**
 * Checkboxes for the participating members, with a box that narrows the list by name. The proposer is always ticked.
 * A member representative (ownMemberIds given) enrols only its own members; the others it ticks are invited.
 */
export function ParticipantChecklist({
  members,
  chosen,
  proposerId,
  ownMemberIds,
  error,
  onChange,
}: {
  members: Member[]
  chosen: string[]
  proposerId: string
  /** The members the proposer represents; null when the proposer acts for the collaboration (a coordinator). */
  ownMemberIds: string[] | null
  error?: string
  onChange: (next: string[]) => void
}) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLocaleLowerCase('sv')
  const shown = members.filter((m) => m.name.toLocaleLowerCase('sv').includes(needle))
  const all = new Set([...chosen, proposerId].filter(Boolean))
  const count = all.size
  const isInvited = (id: string) => ownMemberIds !== null && id !== proposerId && !ownMemberIds.includes(id)
  const invited = [...all].filter(isInvited).length
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id))
  return (
    <fieldset className="participant-checklist" aria-describedby={error ? 'participants-hint participants-error' : 'participants-hint'}>
      <legend>{t('newInitiative.participants')}</legend>
      <p className="field-hint" id="participants-hint">
        {t('newInitiative.participantsHint')}
        {ownMemberIds && <> {t('newInitiative.invitedHint')}</>}
      </p>
      {error && (
        <p className="field-error" id="participants-error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="participants-filter">{t('newInitiative.filter')}</label>
        <input id="participants-filter" type="search" autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <p className="summary-line" role="status">
        {t('newInitiative.chosenCount', { count })}
        {invited > 0 && <>, {t('newInitiative.invitedCount', { count: invited })}</>}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{t('newInitiative.noMatch')}</p>
      ) : (
        <ul className="checkbox-columns">
          {shown.map((member) => {
            const proposer = member.id === proposerId
            return (
              <li key={member.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={proposer || chosen.includes(member.id)} disabled={proposer} onChange={(e) => toggle(member.id, e.target.checked)} />
                  {member.name}
                  {proposer && <span className="muted"> {t('newInitiative.proposerAlways')}</span>}
                  {!proposer && chosen.includes(member.id) && isInvited(member.id) && <span className="muted"> {t('newInitiative.invitedMark')}</span>}
                </label>
              </li>
            )
          })}
        </ul>
      )}
    </fieldset>
  )
}
