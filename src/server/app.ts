import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { accessibilityRoutes } from '../modules/accessibility/accessibility.routes'
import { attachmentsRoutes } from '../modules/attachments/attachments.routes'
import { auditRoutes } from '../modules/audit/audit.routes'
import { benefitsRoutes } from '../modules/benefits/benefits.routes'
import { casesRoutes } from '../modules/cases/cases.routes'
import { authRoutes } from '../modules/auth/auth.routes'
import { loadActor } from '../modules/auth'
import { collaborationRoutes } from '../modules/collaborations/collaborations.routes'
import { collaborationRecordsPublic } from '../modules/collaborations'
import { decisionsRoutes } from '../modules/decisions/decisions.routes'
import { financeRoutes } from '../modules/finance/finance.routes'
import { planningRoutes } from '../modules/planning/planning.routes'
import { decisionBasisRoutes } from '../modules/decision-basis/decision-basis.routes'
import { governanceRoutes } from '../modules/governance/governance.routes'
import { initiativesRoutes } from '../modules/initiatives/initiatives.routes'
import { meetingDocumentsRoutes } from '../modules/meetings/meeting-documents.routes'
import { meetingsRoutes } from '../modules/meetings/meetings.routes'
import { minutesParagraphs } from '../modules/meetings'
import { memberRoutes } from '../modules/members/members.routes'
import { requireOwnMember } from '../modules/members'
import { processesRoutes } from '../modules/processes/processes.routes'
import { systemRoutes } from '../modules/system/system.routes'
import { ssoRoutes } from '../modules/sso/sso.routes'
import { passwordLoginSwitch } from '../modules/sso'
import { userRoutes } from '../modules/users/users.routes'
import { setupRoutes } from '../modules/setup/setup.routes'
import { demoDataRoutes } from '../modules/demo/demo-data.routes'
import { dutiesRoutes } from '../modules/duties/duties.routes'
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes'
import { calendarFeedRoutes } from '../modules/calendar/calendar.routes'
import { notificationsRoutes } from '../modules/notifications/notifications.routes'
import { notificationSubscribers, startNotificationJobs } from '../modules/notifications'
import type { DutySource } from '../modules/duties'
import { initiativeDuties, provideMembersWithBaselines } from '../modules/initiatives'
import { benefitDuties, membersWithBaselines } from '../modules/benefits'
import { meetingDuties } from '../modules/meetings'
import { planningDuties } from '../modules/planning'
import { caseDuties } from '../modules/cases'
import { financeDuties } from '../modules/finance'
import { riskDuties } from '../modules/risks'
import { risksRoutes } from '../modules/risks/risks.routes'
import { createEventRunner, type EventRunner, type Subscriber } from '../modules/events'
import { decisionSubscribers } from '../modules/decisions'
import { meetingSubscribers } from '../modules/meetings'
import { planningSubscribers } from '../modules/planning'
import type { Config } from './config'
import type { Database } from './db/database'
import { accessHooks, cookieNames } from './http/access-hooks'
import { closeMailer, createMailer, deliverOutbox, startOutboxDelivery, type Mailer } from './mail/mail'
import { AppError, sendProblem } from './http/errors'
import { inputGuard } from './http/input-guard'
import { databaseRateLimitStore } from './http/rate-limit-store'

declare module 'fastify' {
  interface FastifyInstance {
    db: Database
    config: Config
    mailer: Mailer
    events: EventRunner
    /** Handles every domain event pending now and sends the mail its subscribers queued (tests await it after each request). */
    drainEvents: () => Promise<void>
  }
}

/** Every module's event subscribers; a module that reacts to events exports its own from its index. */
export const subscribers: Subscriber[] = [...meetingSubscribers, ...decisionSubscribers, ...planningSubscribers]

/** Every module's duty sources (what people owe: Att göra, reminders, digests); a module with duties exports its own from its index. */
export const dutySources: DutySource[] = [initiativeDuties, meetingDuties, planningDuties, caseDuties, financeDuties, riskDuties, benefitDuties]

// The gate condition "a baseline from every participant" reads benefits, which sit above initiatives: a port.
provideMembersWithBaselines(membersWithBaselines)

const webDist = fileURLToPath(new URL('../../dist/web', import.meta.url))

/** One tag per capability in the OpenAPI document; later capabilities add theirs here. */
export const apiTags = [
  { name: 'system', description: 'Health and the API description' },
  { name: 'auth', description: 'Log in and out (password or single sign-on through an identity provider); the current session; identity providers' },
  { name: 'users', description: 'Accounts and roles in collaborations' },
  { name: 'collaborations', description: 'Collaborations (tenants) and their settings' },
  { name: 'members', description: 'Municipalities, regions and other members; reference data' },
  { name: 'governance', description: 'Bodies, mandates, decision paths, escalation and legal-form rules' },
  { name: 'initiatives', description: 'Initiatives through gated phases: participants, documents, the portfolio and the member view' },
  { name: 'processes', description: 'Process models: phases, document types and gates, versioned' },
  { name: 'decisions', description: 'Decision records of bodies and members at the gates' },
  { name: 'cases', description: 'Cases (ärenden) with registration numbers and the register of documents' },
  { name: 'meetings', description: 'Meetings, agendas, § decisions, minutes, publication and calendars' },
  { name: 'finance', description: 'Money: versioned cost keys, budgets with actual costs, external funding, in-kind hours, invoice bases and their exports, late joiners' },
  { name: 'benefits', description: 'Benefits per initiative, owned per member: intended effects, indicators, baselines and targets, measurements and realisation; what each member gained against what it paid; CSV and Excel export and import' },
  { name: 'planning', description: 'Annual planning: rounds with dated stages, proposals and screening, member priorities, results with budget fit, the adopted plan and the project bank; notifications' },
  { name: 'risks', description: 'The risk register: risks and opportunities of each initiative before and after measures, the 5×5 matrix per initiative and across the portfolio, reviews and escalation above the threshold' },
  { name: 'decision-basis', description: 'The decision basis (beslutsunderlag) of an initiative’s gate, as PDF and Word, per member for its likalydande beslut; dispatched versions frozen with a content hash' },
  { name: 'duties', description: 'Att göra: what each person and the members they act for owe across their collaborations, with deadlines' },
  { name: 'notifications', description: 'Notifications in the app and by e-mail: settings per kind, digests, deadline reminders' },
  { name: 'audit', description: 'The hash-chained audit log' },
  { name: 'accessibility', description: 'Reports of accessibility problems' },
  { name: 'setup', description: 'The first administrator of a new installation, and removing the demo data' },
]

/**
 * The Content-Security-Policy the web app runs under: everything from this origin only, no inline
 * script; inline styles are allowed because the chart and flow libraries (recharts, @xyflow) position
 * their parts with style attributes. No page may frame Samverka.
 */
export function contentSecurityPolicy(secure: boolean) {
  return {
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: secure ? [] : null,
    },
  }
}

/** Trust the nearest `count` proxies (what a number means to Fastify's trustProxy, typed as a function). */
const hops = (count: number) => (_address: string, hop: number) => hop < count

export async function buildApp(options: { db: Database; config: Config; logger?: boolean; logStream?: NodeJS.WritableStream }): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: options.config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    // Fastify's own two lines per request would be most of the log in production: one line, and only when asked for.
    logController: new LogController({ disableRequestLogging: true }),
    // Errors of the router itself (a malformed or over-long address) are problem+json like every other refusal.
    frameworkErrors: (error, request, reply) => sendProblem(error, request, reply),
    genReqId: () => crypto.randomUUID(),
    // Only the proxies named in SAMVERKA_TRUST_PROXY may say who the client is; by default no one may.
    trustProxy: typeof options.config.trustProxy === 'number' ? hops(options.config.trustProxy) : options.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>()
  app.decorate('db', options.db)
  app.decorate('config', options.config)
  app.decorate('mailer', createMailer(options.config.smtpUrl, options.config.mailFrom))
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler((error, request, reply) => sendProblem(error as Error, request, reply))
  if (options.config.accessLog) {
    app.addHook('onResponse', async (request, reply) => {
      request.log.info({ method: request.method, url: request.url, remoteAddress: request.ip, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request')
    })
  }
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api/') && existsSync(webDist)) return reply.sendFile('index.html')
    return sendProblem(new AppError(404, 'not_found', { entity: request.url }), request, reply)
  })

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: contentSecurityPolicy(options.config.secureCookies),
    // HSTS only where the site is served over HTTPS (secure cookies); over HTTP it would lock out development.
    strictTransportSecurity: options.config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  })
  await app.register(fastifyCookie)
  await app.register(inputGuard)
  // Counted in the database, so that limits hold across every app process (README, "More than one process").
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(options.db) })
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Samverka API', version: '0.1.0', description: 'The API of Samverka. Every route lists who may call it.' },
      tags: apiTags,
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: cookieNames(options.config.secureCookies).session } } },
    },
    transform: jsonSchemaTransform,
  })
  await app.register(accessHooks, { loadActor, collaborationRecordsPublic, requireOwnMember })
  // The API page runs Swagger UI, which adds a <style> element of its own; otherwise the app's policy.
  const docsCsp = "default-src 'self'; base-uri 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; form-action 'self'; frame-ancestors 'none'"
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: docsCsp })

  await app.register(systemRoutes)
  await app.register(passwordLoginSwitch)
  await app.register(authRoutes)
  await app.register(ssoRoutes)
  await app.register(userRoutes)
  await app.register(collaborationRoutes)
  await app.register(memberRoutes)
  await app.register(governanceRoutes)
  await app.register(processesRoutes)
  await app.register(initiativesRoutes)
  await app.register(attachmentsRoutes)
  await app.register(decisionsRoutes, { paragraphs: minutesParagraphs })
  await app.register(casesRoutes)
  await app.register(meetingsRoutes)
  await app.register(meetingDocumentsRoutes)
  await app.register(financeRoutes)
  await app.register(planningRoutes)
  await app.register(benefitsRoutes)
  await app.register(risksRoutes)
  await app.register(decisionBasisRoutes)
  await app.register(auditRoutes)
  await app.register(accessibilityRoutes)
  await app.register(setupRoutes)
  await app.register(demoDataRoutes)
  await app.register(dutiesRoutes, { sources: dutySources })
  await app.register(dashboardRoutes)
  await app.register(calendarFeedRoutes, { sources: dutySources })
  await app.register(notificationsRoutes)

  // Messages whose sending failed, or that no request delivered, go out on a timer; any process may send them.
  const stopOutboxDelivery = startOutboxDelivery(options.db, app.mailer, options.config.mailIntervalSeconds, (error) => app.log.error(error, 'outbox delivery failed'))
  app.addHook('onClose', stopOutboxDelivery)
  app.addHook('onClose', () => closeMailer(app.mailer))

  // Domain events: subscribers run after the commit of the change, soon after a request that may have published
  // (an in-process nudge), and on a timer for retries and for events of other processes.
  const events = createEventRunner(options.db, [...subscribers, ...notificationSubscribers(dutySources, options.config.publicUrl)], {
    onError: (error, where) => app.log.error({ err: error, ...where }, where.parked ? 'event subscriber gave up (parked)' : 'event subscriber failed'),
    afterHandled: () => deliverOutbox(options.db, app.mailer).catch((error: Error) => app.log.error(error, 'outbox delivery failed')),
  })
  await events.register()
  app.decorate('events', events)
  app.decorate('drainEvents', async () => void (await events.drain()))
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') events.nudge()
  })
  app.addHook('onListen', () => events.start(options.config.eventIntervalSeconds))
  app.addHook('onClose', () => events.stop())

  // Deadline reminders (they come due with the date) and the daily and weekly digests, on a timer in every process.
  let stopNotificationJobs = async () => {}
  app.addHook('onListen', () => {
    stopNotificationJobs = startNotificationJobs({
      db: options.db,
      sources: dutySources,
      publicUrl: options.config.publicUrl,
      seconds: options.config.jobIntervalSeconds,
      afterRun: () => deliverOutbox(options.db, app.mailer),
      onError: (error) => app.log.error(error, 'notification job failed'),
    })
  })
  app.addHook('onClose', () => stopNotificationJobs())

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false })
  }
  return app
}
