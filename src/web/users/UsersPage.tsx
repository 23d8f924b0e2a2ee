import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollaborationUser } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { useMembers } from '../members/queries'
import { Page } from '../ui/Page'
import { ColumnHeads, Table } from '../ui/Table'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { lowerFirst } from '../ui/text'
import { AddUserForm } from './AddUserForm'
import { useRemoveRole, useResendInvitation, useUsers } from './queries'
import { hasLeftBy } from '../../shared/membership'
import { todayInSweden } from '../../shared/format'

type Grant = CollaborationUser['roles'][number]

export function UsersPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const users = useUsers(collaboration.id)
  const members = useMembers(collaboration.id)
  const removeRole = useRemoveRole(collaboration.id)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [removed, setRemoved] = useState('')
  const resend = useResendInvitation(collaboration.id)
  const mayAdd = allows(permissions, 'users', 'addToCollaboration')
  const mayResend = allows(permissions, 'users', 'resendInvitation')
  const mayRemove = allows(permissions, 'users', 'removeRole')
  const roleLabel = (grant: Grant) => (grant.memberName ? t('users.roleForMember', { role: t(`roles.${grant.role}`), member: grant.memberName }) : t(`roles.${grant.role}`))

  const resendTo = (user: CollaborationUser) => {
    setRemoved('')
    resend.mutate(user.id, { onSuccess: () => setRemoved(t('invitation.resent', { name: user.name })) })
  }

  const remove = (user: CollaborationUser, grant: Grant) => {
    setRemoved('')
    removeRole.mutate(grant.id, {
      onSuccess: () => {
        setConfirming(null)
        setRemoved(t('users.removed', { role: lowerFirst(roleLabel(grant)), name: user.name }))
      },
    })
  }

  return (
    <Page title={t('users.title')} context={collaboration.name} intro={t('users.intro', { name: collaboration.name })}>
      {!mayAdd && <p className="alert alert-info">{t('users.readOnly')}</p>}
      <div className={mayAdd ? 'two-columns two-columns-wide-left' : undefined}>
        <section className="card table-card">
          {removed && <SuccessMessage>{removed}</SuccessMessage>}
          <ErrorSummary error={removeRole.error ?? resend.error} />
          <QueryView query={users} empty={t('users.empty')}>
            {(list) => (
              <Table captionId="users-caption" caption={t('users.tableCaption', { name: collaboration.name })}>
                <ColumnHeads columns={[t('users.name'), t('users.roles')]} />
                <tbody>
                  {list.map((user) => (
                    <tr key={user.id}>
                      <th scope="row">
                        {user.name}
                        <span className="cell-secondary">{user.email}</span>
                        {user.deactivated && <span className="badge badge-locked">{t('accountStatus.deactivatedInList')}</span>}
                        {user.invitationPending && (
                          <span className="cell-secondary">
                            <span className="badge">{t('invitation.pending')}</span>
                            {mayResend && (
                              <button type="button" className="button-link" aria-label={t('invitation.resendLabel', { name: user.name })} onClick={() => resendTo(user)} disabled={resend.isPending}>
                                {t('invitation.resend')}
                              </button>
                            )}
                          </span>
                        )}
                      </th>
                      <td>
                        <ul className="role-list">
                          {user.roles.map((grant) => (
                            <li key={grant.id}>
                              <span className="badge">{roleLabel(grant)}</span>
                              {mayRemove &&
                                (confirming === grant.id ? (
                                  <span className="confirm" role="group" aria-label={t('users.confirmRemove', { role: lowerFirst(roleLabel(grant)), name: user.name })}>
                                    <span className="confirm-text">{t('users.confirmRemove', { role: lowerFirst(roleLabel(grant)), name: user.name })}</span>
                                    <button type="button" className="button button-danger button-small" onClick={() => remove(user, grant)} disabled={removeRole.isPending}>
                                      {t('users.confirmYes')}
                                    </button>
                                    <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(null)}>
                                      {t('common.cancel')}
                                    </button>
                                  </span>
                                ) : (
                                  <button type="button" className="button-link" aria-label={t('users.removeRoleLabel', { role: lowerFirst(roleLabel(grant)), name: user.name })} onClick={() => setConfirming(grant.id)}>
                                    {t('users.removeRole')}
                                  </button>
                                ))}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </QueryView>
        </section>
        {mayAdd && <QueryView query={members}>{(data) => <AddUserForm collaborationId={collaboration.id} members={data.members.filter((m) => !hasLeftBy(m, todayInSweden()))} />}</QueryView>}
      </div>
    </Page>
  )
}
