import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { todayInSweden } from '../../shared/format'
import type { GovernanceBody, Seat } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useMembers } from '../members/queries'
import { useUsers } from '../users/queries'
import { fieldErrors, parseWhole, useLocalErrors } from '../ui/form-errors'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import type { GovernanceChanges } from './queries'
import { hasLeftBy } from '../../shared/membership'

const fieldIds = { personName: 'seat-person', seatRole: 'seat-role', memberId: 'seat-member', position: 'seat-position', termStart: 'seat-term-start', termEnd: 'seat-term-end', userId: 'seat-user', substituteOrder: 'seat-substitute-order' }

/**
 * Seat a ledamot or ersättare, or change a seat: whom they represent (a member or the organisation), position, term,
 * the person's account in Samverka (to chair and approve minutes) and, for an ersättare, the order it steps in.
 */
export function SeatDialog({ body, seat, changes, returnFocusTo, onClose }: { body: GovernanceBody; seat: Seat | null; changes: GovernanceChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const members = useMembers(collaboration.id)
  const people = useUsers(collaboration.id)
  const mutation = seat ? changes.updateSeat : changes.addSeat
  const { reset } = mutation
  useEffect(() => reset(), [reset])
  const [personName, setPersonName] = useState(seat?.personName ?? '')
  const [seatRole, setSeatRole] = useState<Seat['seatRole']>(seat?.seatRole ?? 'ledamot')
  const [memberId, setMemberId] = useState(seat?.memberId ?? '')
  const [position, setPosition] = useState(seat?.position ?? '')
  const [termStart, setTermStart] = useState(seat?.termStart ?? todayInSweden())
  const [termEnd, setTermEnd] = useState(seat?.termEnd ?? '')
  const [userId, setUserId] = useState(seat?.userId ?? '')
  const [substituteOrder, setSubstituteOrder] = useState(seat?.substituteOrder?.toString() ?? '')
  const { local, setLocal, summary } = useLocalErrors()
  const fields = fieldErrors(mutation.error, local)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const order = substituteOrder.trim() === '' ? null : parseWhole(substituteOrder)
    if (seatRole === 'ersattare' && substituteOrder.trim() !== '' && (order === null || order < 1 || order > 99)) {
      setLocal({ substituteOrder: t('governanceEdit.substituteOrderInvalid') })
      return
    }
    setLocal({})
    const input = {
      personName,
      seatRole,
      memberId: memberId || null,
      position: (position || null) as Seat['position'],
      termStart,
      termEnd: termEnd || null,
      userId: userId || null,
      substituteOrder: seatRole === 'ersattare' ? order : null,
    }
    if (seat) changes.updateSeat.mutate({ bodyId: body.id, seatId: seat.id, body: { version: seat.version, ...input } }, { onSuccess: onClose })
    else changes.addSeat.mutate({ bodyId: body.id, body: input }, { onSuccess: onClose })
  }

  return (
    <Dialog titleId="seat-dialog-title" title={t('governanceEdit.seatTitle', { name: body.name })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={summary ?? mutation.error} fieldIds={fieldIds} />
        <Field id={fieldIds.personName} label={t('governanceEdit.personName')} error={fields.personName} required>
          {(props) => <input {...props} autoComplete="off" value={personName} onChange={(e) => setPersonName(e.target.value)} />}
        </Field>
        <div className="form-grid">
          <SelectField
            id={fieldIds.seatRole}
            label={t('governanceEdit.seatRole')}
            error={fields.seatRole}
            required
            value={seatRole}
            onChange={setSeatRole}
            options={(['ledamot', 'ersattare'] as const).map((r) => ({ value: r, label: t(`governance.seatRoles.${r}`) }))}
          />
          <SelectField
            id={fieldIds.position}
            label={t('governanceEdit.position')}
            error={fields.position}
            value={position}
            onChange={setPosition}
            empty={t('governanceEdit.noPosition')}
            options={(['chair', 'vice_chair'] as const).map((p) => ({ value: p, label: t(`governance.positions.${p}`) }))}
          />
        </div>
        <SelectField
          id={fieldIds.memberId}
          label={t('governanceEdit.represents')}
          error={fields.memberId}
          value={memberId}
          onChange={setMemberId}
          empty={t('governanceEdit.organisation')}
          options={(members.data?.members ?? []).filter((m) => !hasLeftBy(m, todayInSweden())).map((m) => ({ value: m.id, label: m.name }))}
        />
        <SelectField
          id={fieldIds.userId}
          label={t('governanceEdit.account')}
          hint={t('governanceEdit.accountHint')}
          error={fields.userId}
          value={userId}
          onChange={setUserId}
          empty={t('governanceEdit.noAccount')}
          options={(people.data ?? []).map((u) => ({ value: u.id, label: t('governanceEdit.accountOption', { name: u.name, email: u.email }) }))}
        />
        {seatRole === 'ersattare' && (
          <Field id={fieldIds.substituteOrder} label={t('governanceEdit.substituteOrder')} hint={t('governanceEdit.substituteOrderHint')} error={fields.substituteOrder}>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={substituteOrder} onChange={(e) => setSubstituteOrder(e.target.value)} />}
          </Field>
        )}
        <div className="form-grid">
          <Field id={fieldIds.termStart} label={t('governanceEdit.termStart')} hint={t('create.dateHint')} error={fields.termStart} required>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={termStart} onChange={(e) => setTermStart(e.target.value.trim())} />}
          </Field>
          <Field id={fieldIds.termEnd} label={t('governanceEdit.termEnd')} hint={t('governanceEdit.termEndHint')} error={fields.termEnd}>
            {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={termEnd} onChange={(e) => setTermEnd(e.target.value.trim())} />}
          </Field>
        </div>
        <FormActions pending={mutation.isPending} label={t('governanceEdit.save')} pendingLabel={t('governanceEdit.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
