import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog'
import { Page } from '../ui/Page'
import { ColumnHeads, Table } from '../ui/Table'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { ProviderForm } from './ProviderForm'
import { useDeleteProvider, useIdentityProviders, type IdentityProvider } from './queries'

/** The administrators' list of identity providers for single sign-on: add, change, turn off, remove. */
export function IdentityProvidersPage() {
  const { t } = useTranslation()
  const providers = useIdentityProviders()
  const remove = useDeleteProvider()
  const [editing, setEditing] = useState<IdentityProvider | 'new' | null>(null)
  const [removing, setRemoving] = useState<IdentityProvider | null>(null)
  const [message, setMessage] = useState('')
  const opener = useRef<HTMLElement | null>(null)

  const open = (target: IdentityProvider | 'new', button: HTMLElement) => {
    opener.current = button
    setMessage('')
    setEditing(target)
  }
  const saved = (name: string) => {
    setEditing(null)
    setMessage(t('sso.admin.saved', { name }))
  }
  const confirmRemove = () => {
    const provider = removing!
    remove.mutate(provider.id, {
      onSuccess: () => {
        setRemoving(null)
        setMessage(t('sso.admin.removed', { name: provider.name }))
      },
    })
  }

  return (
    <Page title={t('sso.admin.title')} context={t('admin.title')} intro={t('sso.admin.intro')}>
      {message && <SuccessMessage>{message}</SuccessMessage>}
      <section className="card table-card">
        <QueryView query={providers} empty={t('sso.admin.empty')}>
          {(list) => (
            <Table captionId="providers-caption" caption={t('sso.admin.caption')}>
              <ColumnHeads columns={[t('sso.admin.name'), t('sso.admin.issuer'), t('sso.admin.binding'), t('sso.admin.state'), t('sso.admin.redirectUri'), t('sso.admin.actions')]} />
              <tbody>
                {list.map((provider) => (
                  <tr key={provider.id}>
                    <th scope="row">{provider.name}</th>
                    <td>{provider.issuer}</td>
                    <td>{provider.memberName ? `${provider.memberName} (${provider.collaborationName})` : t('sso.admin.noBinding')}</td>
                    <td>{provider.enabled ? t('sso.admin.enabledState') : t('sso.admin.disabledState')}</td>
                    <td>
                      <code>{provider.redirectUri}</code>
                    </td>
                    <td>
                      <button type="button" className="button-link" onClick={(e) => open(provider, e.currentTarget)}>
                        {t('sso.admin.edit', { name: provider.name })}
                      </button>{' '}
                      <button type="button" className="button-link" onClick={(e) => { opener.current = e.currentTarget; setRemoving(provider) }}>
                        {t('sso.admin.remove', { name: provider.name })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </QueryView>
        {editing === null && (
          <button type="button" className="button button-secondary" onClick={(e) => open('new', e.currentTarget)}>
            {t('sso.admin.add')}
          </button>
        )}
      </section>
      {editing !== null && (
        <ProviderForm key={editing === 'new' ? 'new' : editing.id} provider={editing === 'new' ? undefined : editing} onSaved={saved} onCancel={() => setEditing(null)} />
      )}
      {removing && (
        <Dialog titleId="remove-provider-title" title={t('sso.admin.confirmRemoveTitle', { name: removing.name })} onClose={() => setRemoving(null)} returnFocusTo={opener.current}>
          <ErrorSummary error={remove.error} />
          <p>{t('sso.admin.confirmRemove')}</p>
          <div className="form-actions">
            <button type="button" className="button button-danger" onClick={confirmRemove} disabled={remove.isPending}>
              {remove.isPending ? t('sso.admin.removing') : t('sso.admin.confirmRemoveButton')}
            </button>
          </div>
        </Dialog>
      )}
    </Page>
  )
}
