/** Every setting Samverka reads from its environment, in one place (the README lists them). */
export interface Config {
  port: number
  host: string
  /** PostgreSQL connection string; without it the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined
  dataDir: string
  /** Load the demo collaborations and accounts into an empty database. */
  demo: boolean
  /** Send the session cookie only over HTTPS. On by default when NODE_ENV=production. */
  secureCookies: boolean
  sessionHours: number
  /** A session not used for this long is refused, however young it is. */
  sessionIdleMinutes: number
  /**
   * Which proxies may say who the client is (Fastify's `trustProxy`): false (the default) believes no
   * X-Forwarded-For; a list of addresses/CIDRs, or a hop count, believes only those.
   */
  trustProxy: boolean | number | string[]
  logLevel: string
  /** SAMVERKA_ACCESS_LOG=1: one log line per request (method, address, status, time); off, only warnings and errors of requests are logged. */
  accessLog: boolean
  /** SMTP server for notices and reminders; without it e-mail waits in the outbox. */
  smtpUrl: string | undefined
  mailFrom: string
  /** SAMVERKA_MAIL_INTERVAL_SECONDS: how often each process sends what still waits in the outbox (failed or left over); 0 = never. */
  mailIntervalSeconds: number
  /** SAMVERKA_EVENT_INTERVAL_SECONDS: how often each process looks for domain events its subscribers have not handled (retries, other processes' events); 0 = only after its own requests. */
  eventIntervalSeconds: number
  /** SAMVERKA_JOB_INTERVAL_SECONDS: how often each process sweeps for deadline reminders and sends the digests that are due; 0 = never. */
  jobIntervalSeconds: number
  /** The address people reach Samverka at, for links in e-mail. */
  publicUrl: string
  /** SAMVERKA_AUDIT_KEY: signs the audit log's checkpoints; kept away from the database (README, "Audit log"). */
  auditKey: string | undefined
  /** SAMVERKA_PASSWORD_LOGIN=0: no logins with a Samverka password, only through identity providers (single sign-on). */
  passwordLogin: boolean
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.SAMVERKA_DATA_DIR ?? './data',
    demo: env.SAMVERKA_DEMO !== '0',
    secureCookies: env.SAMVERKA_SECURE_COOKIES ? env.SAMVERKA_SECURE_COOKIES === '1' : env.NODE_ENV === 'production',
    sessionHours: Number(env.SAMVERKA_SESSION_HOURS ?? 10),
    sessionIdleMinutes: Number(env.SAMVERKA_SESSION_IDLE_MINUTES ?? 60),
    trustProxy: readTrustProxy(env.SAMVERKA_TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    accessLog: env.SAMVERKA_ACCESS_LOG === '1',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.SAMVERKA_MAIL_FROM ?? 'Samverka <noreply@samverka.se>',
    mailIntervalSeconds: Number(env.SAMVERKA_MAIL_INTERVAL_SECONDS ?? 60),
    eventIntervalSeconds: Number(env.SAMVERKA_EVENT_INTERVAL_SECONDS ?? 10),
    jobIntervalSeconds: Number(env.SAMVERKA_JOB_INTERVAL_SECONDS ?? 300),
    publicUrl: (env.SAMVERKA_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    auditKey: env.SAMVERKA_AUDIT_KEY || undefined,
    passwordLogin: env.SAMVERKA_PASSWORD_LOGIN !== '0',
  }
}

/** "" or "0" or unset: trust no proxy; "2": trust two hops; "10.0.0.1,10.1.0.0/16": trust those addresses. */
export function readTrustProxy(value: string | undefined): Config['trustProxy'] {
  const trimmed = value?.trim() ?? ''
  if (trimmed === '' || trimmed === '0' || trimmed === 'false') return false
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  return trimmed.split(',').map((part) => part.trim()).filter(Boolean)
}
