import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UpdateMemberBody } from '../../modules/members/members.schema'
import { ApiError } from '../api/client'
import type { Member } from '../api/types'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { useUpdateMember } from './queries'

const fieldIds = { contactName: 'member-contact-name', contactEmail: 'member-contact-email', joinedOn: 'member-joined-on', leftOn: 'member-left-on' }

/**
 * Change a member's contact details and, for the coordinator, when it joined or left. The version read when
 * the dialog opened goes with the change, so a change someone else made meanwhile is not overwritten.
 */
export function EditMemberDialog({
  collaborationId,
  member,
  contactOnly,
  returnFocusTo,
  onClose,
  onSaved,
}: {
  collaborationId: string
  member: Member
  contactOnly: boolean
  returnFocusTo: HTMLElement | null
  onClose: () => void
  onSaved: (member: Member) => void
}) {
  const { t } = useTranslation()
  const update = useUpdateMember(collaborationId)
  const [contactName, setContactName] = useState(member.contactName)
  const [contactEmail, setContactEmail] = useState(member.contactEmail)
  const [joinedOn, setJoinedOn] = useState(member.joinedOn)
  const [leftOn, setLeftOn] = useState(member.leftOn ?? '')
  const fields = update.error instanceof ApiError ? update.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: UpdateMemberBody = { version: member.version, contactName, contactEmail }
    if (!contactOnly) Object.assign(body, { joinedOn, leftOn: leftOn || null })
    update.mutate({ memberId: member.id, body }, { onSuccess: onSaved })
  }

  return (
    <Dialog titleId="edit-member-title" title={t('memberEdit.title', { name: member.name })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{contactOnly ? t('memberEdit.introContact') : t('memberEdit.intro')}</p>
        <ErrorSummary error={update.error} fieldIds={fieldIds} />
        <Field id={fieldIds.contactName} label={t('memberEdit.contactName')} error={fields.contactName}>
          {(props) => <input {...props} autoComplete="off" value={contactName} onChange={(e) => setContactName(e.target.value)} />}
        </Field>
        <Field id={fieldIds.contactEmail} label={t('memberEdit.contactEmail')} error={fields.contactEmail}>
          {(props) => <input {...props} type="email" autoComplete="off" value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} />}
        </Field>
        {!contactOnly && (
          <div className="form-grid">
            <Field id={fieldIds.joinedOn} label={t('memberEdit.joinedOn')} hint={t('create.dateHint')} error={fields.joinedOn} required>
              {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={joinedOn} onChange={(e) => setJoinedOn(e.target.value.trim())} />}
            </Field>
            <Field id={fieldIds.leftOn} label={t('memberEdit.leftOn')} hint={t('memberEdit.leftOnHint')} error={fields.leftOn}>
              {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={leftOn} onChange={(e) => setLeftOn(e.target.value.trim())} />}
            </Field>
          </div>
        )}
        <FormActions pending={update.isPending} label={t('memberEdit.save')} pendingLabel={t('memberEdit.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
