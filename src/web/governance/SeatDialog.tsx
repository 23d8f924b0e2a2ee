import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { todayInSweden } from '../../shared/format'
import { ApiError } from '../api/client'
import type { GovernanceBody, Seat } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useMembers } from '../members/queries'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { ErrorSummary } from '../ui/Status'
import type { GovernanceChanges } from './queries'

const fieldIds = { personName: 'seat-person', seatRole: 'seat-role', memberId: 'seat-member', position: 'seat-position', termStart: 'seat-term-start', termEnd: 'seat-term-end' }

/** Seat a ledamot or ersättare, or change a seat: whom they represent (a member or the organisation), position, term. */
export function SeatDialog({ body, seat, changes, returnFocusTo, onClose }: { body: GovernanceBody; seat: Seat | null; changes: GovernanceChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const members = useMembers(collaboration.id)
  const mutation = seat ? changes.updateSeat : changes.addSeat
  const { reset } = mutation
  useEffect(() => reset(), [reset])
  const [personName, setPersonName] = useState(seat?.personName ?? '')
  const [seatRole, setSeatRole] = useState<Seat['seatRole']>(seat?.seatRole ?? 'ledamot')
  const [memberId, setMemberId] = useState(seat?.memberId ?? '')
  const [position, setPosition] = useState(seat?.position ?? '')
  const [termStart, setTermStart] = useState(seat?.termStart ?? todayInSweden())
  const [termEnd, setTermEnd] = useState(seat?.termEnd ?? '')
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = { personName, seatRole, memberId: memberId || null, position: (position || null) as Seat['position'], termStart, termEnd: termEnd || null }
    if (seat) changes.updateSeat.mutate({ bodyId: body.id, seatId: seat.id, body: { version: seat.version, ...input } }, { onSuccess: onClose })
    else changes.addSeat.mutate({ bodyId: body.id, body: input }, { onSuccess: onClose })
  }

  return (
    <Dialog titleId="seat-dialog-title" title={t('governanceEdit.seatTitle', { name: body.name })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
        <Field id={fieldIds.personName} label={t('governanceEdit.personName')} error={fields.personName} required>
          {(props) => <input {...props} autoComplete="off" value={personName} onChange={(e) => setPersonName(e.target.value)} />}
        </Field>
        <div className="form-grid">
          <Field id={fieldIds.seatRole} label={t('governanceEdit.seatRole')} error={fields.seatRole} required>
            {(props) => (
              <select {...props} value={seatRole} onChange={(e) => setSeatRole(e.target.value as Seat['seatRole'])}>
                <option value="ledamot">{t('governance.seatRoles.ledamot')}</option>
                <option value="ersattare">{t('governance.seatRoles.ersattare')}</option>
              </select>
            )}
          </Field>
          <Field id={fieldIds.position} label={t('governanceEdit.position')} error={fields.position}>
            {(props) => (
              <select {...props} value={position} onChange={(e) => setPosition(e.target.value as typeof position)}>
                <option value="">{t('governanceEdit.noPosition')}</option>
                <option value="chair">{t('governance.positions.chair')}</option>
                <option value="vice_chair">{t('governance.positions.vice_chair')}</option>
              </select>
            )}
          </Field>
        </div>
        <Field id={fieldIds.memberId} label={t('governanceEdit.represents')} error={fields.memberId}>
          {(props) => (
            <select {...props} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              <option value="">{t('governanceEdit.organisation')}</option>
              {(members.data?.members ?? [])
                .filter((m) => !m.leftOn)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <div className="form-grid">
          <Field id={fieldIds.termStart} label={t('governanceEdit.termStart')} hint={t('create.dateHint')} error={fields.termStart} required>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={termStart} onChange={(e) => setTermStart(e.target.value.trim())} />}
          </Field>
          <Field id={fieldIds.termEnd} label={t('governanceEdit.termEnd')} hint={t('governanceEdit.termEndHint')} error={fields.termEnd}>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={termEnd} onChange={(e) => setTermEnd(e.target.value.trim())} />}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('governanceEdit.saving') : t('governanceEdit.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
