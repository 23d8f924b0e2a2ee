import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../shared/format'
import type { Account } from '../api/types'
import { Field } from '../ui/Field'
import { Page } from '../ui/Page'
import { ColumnHeads, Table } from '../ui/Table'
import { ErrorSummary, Loading, QueryView, SuccessMessage } from '../ui/Status'
import { VisuallyHidden } from '../ui/Visually'
import { Dialog } from '../ui/Dialog'
import { useSession } from '../auth/session'
import { useAccountAction, useAccounts, useUnlockAccount } from './queries'

type Confirming = { account: Account; action: 'deactivate' | 'reactivate'; opener: HTMLElement | null }

/**
 * Every account in the installation, searchable, with its status (active, invited, deactivated, locked) and
 * the administrator's actions: unlock, send a new invitation, deactivate and reactivate (after a confirmation).
 */
export function AccountsPage() {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [q, setQ] = useState('')
  const accounts = useAccounts(q)
  const unlock = useUnlockAccount()
  const deactivate = useAccountAction('deactivate')
  const reactivate = useAccountAction('reactivate')
  const invite = useAccountAction('invitation')
  const me = useSession().data?.user?.id
  const [unlocked, setUnlocked] = useState('')
  const [confirming, setConfirming] = useState<Confirming | null>(null)
  const busy = unlock.isPending || deactivate.isPending || reactivate.isPending || invite.isPending

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setQ(search.trim())
  }
  const unlockAccount = (account: Account) => {
    setUnlocked('')
    unlock.mutate(account.id, { onSuccess: () => setUnlocked(t('admin.accounts.unlocked', { name: account.name })) })
  }
  const resendInvitation = (account: Account) => {
    setUnlocked('')
    invite.mutate(account.id, { onSuccess: () => setUnlocked(t('invitation.resent', { name: account.name })) })
  }
  const confirm = () => {
    if (!confirming) return
    const { account, action } = confirming
    setUnlocked('')
    const mutation = action === 'deactivate' ? deactivate : reactivate
    mutation.mutate(account.id, {
      onSuccess: () => setUnlocked(t(action === 'deactivate' ? 'accountStatus.deactivatedDone' : 'accountStatus.reactivatedDone', { name: account.name })),
      onSettled: () => setConfirming(null),
    })
  }

  return (
    <Page title={t('admin.accounts.title')} context={t('admin.title')} intro={t('admin.accounts.intro')}>
      <section className="card table-card">
        <form className="search-form" role="search" onSubmit={submit} aria-label={t('admin.accounts.searchLabel')}>
          <Field id="account-search" label={t('admin.accounts.search')} hint={t('admin.accounts.searchHint')}>
            {(props) => <input {...props} type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />}
          </Field>
          <button type="submit" className="button button-secondary">
            {t('admin.accounts.searchButton')}
          </button>
          {accounts.isFetching && <Loading />}
        </form>
        {unlocked && <SuccessMessage>{unlocked}</SuccessMessage>}
        <ErrorSummary error={unlock.error ?? deactivate.error ?? reactivate.error ?? invite.error} />
        <QueryView query={accounts} empty={q ? t('admin.accounts.noMatch', { q }) : t('admin.accounts.empty')}>
          {(list) => (
            <Table captionId="accounts-caption" caption={q ? t('admin.accounts.captionSearch', { q, count: list.length }) : t('admin.accounts.caption', { count: list.length })}>
              <ColumnHeads columns={[t('admin.accounts.name'), t('admin.accounts.roles'), t('admin.accounts.status')]} />
              <tbody>
                {list.map((account) => (
                  <AccountRow
                    key={account.id}
                    account={account}
                    busy={busy}
                    isMe={account.id === me}
                    onUnlock={() => unlockAccount(account)}
                    onResend={() => resendInvitation(account)}
                    onConfirm={(action, opener) => setConfirming({ account, action, opener })}
                  />
                ))}
              </tbody>
            </Table>
          )}
        </QueryView>
      </section>
      {confirming && (
        <Dialog
          titleId="account-confirm-title"
          title={t(confirming.action === 'deactivate' ? 'accountStatus.confirmDeactivateTitle' : 'accountStatus.confirmReactivateTitle', { name: confirming.account.name })}
          onClose={() => setConfirming(null)}
          returnFocusTo={confirming.opener}
        >
          <p>{t(confirming.action === 'deactivate' ? 'accountStatus.confirmDeactivate' : 'accountStatus.confirmReactivate', { name: confirming.account.name })}</p>
          <div className="form-actions">
            <button type="button" className={confirming.action === 'deactivate' ? 'button button-danger' : 'button button-primary'} onClick={confirm} disabled={busy}>
              {t(confirming.action === 'deactivate' ? 'accountStatus.confirmDeactivateYes' : 'accountStatus.confirmReactivateYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </Page>
  )
}

function AccountRow(props: {
  account: Account
  busy: boolean
  isMe: boolean
  onUnlock: () => void
  onResend: () => void
  onConfirm: (action: 'deactivate' | 'reactivate', opener: HTMLElement) => void
}) {
  const { t } = useTranslation()
  const { account, busy } = props
  return (
    <tr>
      <th scope="row">
        {account.name}
        {account.isAdmin && <span className="badge badge-host">{t('admin.accounts.admin')}</span>}
        <span className="cell-secondary">{account.email}</span>
      </th>
      <td>
        {account.roles.length === 0 ? (
          <span className="muted">{t('admin.accounts.noRoles')}</span>
        ) : (
          <ul className="role-list">
            {account.roles.map((role) => (
              <li key={role.collaborationId + role.role + (role.memberId ?? '')}>
                <span className="badge">
                  <abbr title={role.collaborationName}>{role.collaborationPrefix}</abbr>{' '}
                  {role.memberName ? t('overview.roleForMember', { role: t(`roles.${role.role}`), member: role.memberName }) : t(`roles.${role.role}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <div className="locked-status">
          {account.deactivatedAt ? (
            <span className="badge badge-locked">{t('accountStatus.deactivated')}</span>
          ) : account.lockedUntil ? (
            <span className="badge badge-locked">{t('accountStatus.locked', { time: formatDateTime(account.lockedUntil) })}</span>
          ) : account.invitationPending ? (
            <span className="badge badge-info">
              {t('accountStatus.invited')} – {t('accountStatus.invitedHint')}
            </span>
          ) : (
            <span>{t('accountStatus.active')}</span>
          )}
          {!account.deactivatedAt && account.lockedUntil && (
            <button type="button" className="button button-secondary button-small" onClick={props.onUnlock} disabled={busy}>
              {t('admin.accounts.unlock')}
              <VisuallyHidden> {account.name}</VisuallyHidden>
            </button>
          )}
          {account.invitationPending && (
            <button type="button" className="button button-secondary button-small" aria-label={t('invitation.resendLabel', { name: account.name })} onClick={props.onResend} disabled={busy}>
              {t('invitation.resend')}
            </button>
          )}
          {account.deactivatedAt ? (
            <button type="button" className="button button-secondary button-small" aria-label={t('accountStatus.reactivateLabel', { name: account.name })} onClick={(e) => props.onConfirm('reactivate', e.currentTarget)} disabled={busy}>
              {t('accountStatus.reactivate')}
            </button>
          ) : (
            !props.isMe && (
              <button type="button" className="button button-secondary button-small" aria-label={t('accountStatus.deactivateLabel', { name: account.name })} onClick={(e) => props.onConfirm('deactivate', e.currentTarget)} disabled={busy}>
                {t('accountStatus.deactivate')}
              </button>
            )
          )}
        </div>
      </td>
    </tr>
  )
}
