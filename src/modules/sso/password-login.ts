import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../../server/http/errors'

/**
 * Where a Samverka password is entered or chosen: the login, a forgotten password, an accepted
 * invitation. With passwords off an invited person signs in through their provider instead, and the
 * invitation is linked at that first login.
 */
const PASSWORD_ROUTES = new Set(['/api/auth/login', '/api/auth/password-reset', '/api/auth/password-reset/complete', '/api/invitations/accept'])

/**
 * SAMVERKA_PASSWORD_LOGIN=0: people sign in only through their organisation's identity provider, and
 * every password route answers 403 naming the setting. A hook of its own so that the password routes
 * (src/modules/auth) need no knowledge of single sign-on.
 */
export const passwordLoginSwitch = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    if (!app.config.passwordLogin && request.method === 'POST' && PASSWORD_ROUTES.has(request.routeOptions.url ?? '')) {
      throw new AppError(403, 'password_login_off', { setting: 'SAMVERKA_PASSWORD_LOGIN=0' })
    }
  })
})
