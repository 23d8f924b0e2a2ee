import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../shared/format'
import type { Account } from '../api/types'
import { Field } from '../ui/Field'
import { Page } from '../ui/Page'
import { Table } from '../ui/Table'
import { ErrorSummary, Loading, QueryView, SuccessMessage } from '../ui/Status'
import { VisuallyHidden } from '../ui/Visually'
import { useAccounts, useUnlockAccount } from './queries'

/** Every account in the installation, searchable, with locked accounts marked and a way to unlock them. */
export function AccountsPage() {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [q, setQ] = useState('')
  const accounts = useAccounts(q)
  const unlock = useUnlockAccount()
  const [unlocked, setUnlocked] = useState('')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setQ(search.trim())
  }
  const unlockAccount = (account: Account) => {
    setUnlocked('')
    unlock.mutate(account.id, { onSuccess: () => setUnlocked(t('admin.accounts.unlocked', { name: account.name })) })
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
        <ErrorSummary error={unlock.error} />
        <QueryView query={accounts} empty={q ? t('admin.accounts.noMatch', { q }) : t('admin.accounts.empty')}>
          {(list) => (
            <Table captionId="accounts-caption" caption={q ? t('admin.accounts.captionSearch', { q, count: list.length }) : t('admin.accounts.caption', { count: list.length })}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.accounts.name')}</th>
                  <th scope="col">{t('admin.accounts.roles')}</th>
                  <th scope="col">{t('admin.accounts.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((account) => (
                  <AccountRow key={account.id} account={account} busy={unlock.isPending} onUnlock={() => unlockAccount(account)} />
                ))}
              </tbody>
            </Table>
          )}
        </QueryView>
      </section>
    </Page>
  )
}

function AccountRow({ account, busy, onUnlock }: { account: Account; busy: boolean; onUnlock: () => void }) {
  const { t } = useTranslation()
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
        {account.lockedUntil ? (
          <div className="locked-status">
            <span className="badge badge-locked">{t('admin.accounts.lockedUntil', { time: formatDateTime(account.lockedUntil) })}</span>
            <button type="button" className="button button-secondary button-small" onClick={onUnlock} disabled={busy}>
              {t('admin.accounts.unlock')}
              <VisuallyHidden> {account.name}</VisuallyHidden>
            </button>
          </div>
        ) : (
          t('admin.accounts.active')
        )}
      </td>
    </tr>
  )
}
