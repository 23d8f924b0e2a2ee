import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../api/types'

/** Checkboxes for the participating members, with a box that narrows the list by name. The proposer is always ticked. */
export function ParticipantChecklist({
  members,
  chosen,
  proposerId,
  error,
  onChange,
}: {
  members: Member[]
  chosen: string[]
  proposerId: string
  error?: string
  onChange: (next: string[]) => void
}) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLocaleLowerCase('sv')
  const shown = members.filter((m) => m.name.toLocaleLowerCase('sv').includes(needle))
  const count = new Set([...chosen, proposerId].filter(Boolean)).size
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id))
  return (
    <fieldset className="participant-checklist" aria-describedby={error ? 'participants-hint participants-error' : 'participants-hint'}>
      <legend>{t('newInitiative.participants')}</legend>
      <p className="field-hint" id="participants-hint">
        {t('newInitiative.participantsHint')}
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
                </label>
              </li>
            )
          })}
        </ul>
      )}
    </fieldset>
  )
}
