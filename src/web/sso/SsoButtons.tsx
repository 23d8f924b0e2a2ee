import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { useLoginOptions } from './queries'

/** The reasons the server gives (?sso_error=…) when a login through a provider ends on the login page. */
const SSO_ERRORS = ['unavailable', 'failed', 'cancelled', 'no_email', 'email_not_verified', 'no_account', 'deactivated', 'not_for_member', 'linked_to_other']

/**
 * The login page's ways in through identity providers ("Logga in med …": plain links, since the
 * login is a navigation to the provider), why a login through one failed, and the password form
 * (children) only where the installation allows passwords.
 */
export function SsoButtons({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const options = useLoginOptions()
  const error = params.get('sso_error')
  const providers = options.data?.providers ?? []
  // Until the answer comes, and if it fails, the password form is offered as before.
  const passwordLogin = options.data?.passwordLogin ?? true

  return (
    <>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{t(`sso.errors.${SSO_ERRORS.includes(error) ? error : 'failed'}`)}</p>
        </div>
      )}
      {providers.length > 0 && (
        <section className="card" aria-labelledby="sso-title">
          <h2 id="sso-title">{t('sso.login.title')}</h2>
          <ul className="badge-list">
            {providers.map((provider) => (
              <li key={provider.id}>
                <a className="button button-primary" href={`/api/auth/oidc/${provider.id}`}>
                  {t('sso.login.with', { name: provider.name })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {passwordLogin ? children : <p>{t(providers.length > 0 ? 'sso.login.passwordsOff' : 'sso.login.noWayIn')}</p>}
    </>
  )
}
