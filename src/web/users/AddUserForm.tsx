import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MEMBER_BOUND_ROLES, MEMBER_OPTIONAL_ROLES, ROLES, type Role } from '../../shared/roles'
import { ApiError } from '../api/client'
import type { Member } from '../api/types'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { lowerFirst } from '../ui/text'
import { useAddUser } from './queries'

const fieldIds = { email: 'user-email', name: 'user-name', role: 'user-role', memberId: 'user-member' }

/** Give a person a role; the server creates the account when the e-mail address is new, and invites them by e-mail. */
export function AddUserForm({ collaborationId, members }: { collaborationId: string; members: Member[] }) {
  const { t } = useTranslation()
  const addUser = useAddUser(collaborationId)
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('member_representative')
  const [memberId, setMemberId] = useState('')
  const [added, setAdded] = useState('')
  const memberBound = MEMBER_BOUND_ROLES.includes(role)
  const memberOptional = MEMBER_OPTIONAL_ROLES.includes(role)
  const fields = addUser.error instanceof ApiError ? addUser.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAdded('')
    addUser.mutate(
      { email, name, role, memberId: memberBound || memberOptional ? memberId || null : null },
      {
        onSuccess: (user) => {
          const roleAdded = t('users.added', { name: user.name, role: lowerFirst(t(`roles.${role}`)) })
          setAdded(user.invitationPending ? `${roleAdded} ${t('invitation.sent', { email: user.email })}` : roleAdded)
          setEmail('')
          setName('')
          setMemberId('')
        },
      },
    )
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="add-user-heading">
      <h2 id="add-user-heading">{t('users.addTitle')}</h2>
      <p className="field-hint">{t('invitation.addIntro')}</p>
      <ErrorSummary error={addUser.error} fieldIds={fieldIds} />
      {added && <SuccessMessage>{added}</SuccessMessage>}
      <div>
        <Field id={fieldIds.email} label={t('users.email')} error={fields.email} required>
          {(props) => <input {...props} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field id={fieldIds.name} label={t('users.name')} error={fields.name} required>
          {(props) => <input {...props} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <SelectField id={fieldIds.role} label={t('users.role')} error={fields.role} required value={role} onChange={setRole} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        {(memberBound || memberOptional) && (
          <SelectField
            id={fieldIds.memberId}
            label={t('users.member')}
            hint={memberBound ? t('users.memberHint') : undefined}
            error={fields.memberId}
            required={memberBound}
            value={memberId}
            onChange={setMemberId}
            empty={memberBound ? t('users.chooseMember') : t('users.noMember')}
            options={members.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
      </div>
      <FormActions pending={addUser.isPending} label={t('users.submit')} pendingLabel={t('users.submitting')} />
    </form>
  )
}
