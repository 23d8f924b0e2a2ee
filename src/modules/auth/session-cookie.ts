import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../server/config'
import { cookieNames } from '../../server/http/access-hooks'
import type { SessionClient } from './auth.repository'
import type { SessionSettings } from './auth.service'

/** How long sessions live, from the configuration. */
export const sessionSettingsOf = (config: Config): SessionSettings => ({ hours: config.sessionHours, idleMinutes: config.sessionIdleMinutes })

/** What a person's list of sessions shows of the browser a session was started in. */
export const sessionClientOf = (request: FastifyRequest): SessionClient => ({ userAgent: request.headers['user-agent'], ip: request.ip })

/**
 * Gives the browser its session cookie: one cookie for every way of signing in (password, invitation,
 * first-run setup, single sign-on). httpOnly and SameSite=Lax; Secure with `__Host-` names over HTTPS.
 */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(cookieNames(config.secureCookies).session, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    maxAge: config.sessionHours * 3600,
  })
}
