import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../../server/http/errors'

/**
 * SAMVERKA_PASSWORD_LOGIN=0: people sign in only through their organisation's identity provider, and
 * the password login answers 403 naming the setting. A hook of its own so that the password login
 * route (src/modules/auth) needs no knowledge of single sign-on.
 */
export const passwordLoginSwitch = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    if (!app.config.passwordLogin && request.method === 'POST' && request.routeOptions.url === '/api/auth/login') {
      throw new AppError(403, 'password_login_off', { setting: 'SAMVERKA_PASSWORD_LOGIN=0' })
    }
  })
})
