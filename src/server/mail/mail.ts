import nodemailer, { type Transporter } from 'nodemailer'
import type { Locale } from '../../shared/texts'
import type { Database, Queryable } from '../db/database'

export interface MailMessage {
  collaborationId: string | null
  /** What the message is for, e.g. `meeting.notice` or `gate.reminder`. */
  kind: string
  to: { address: string; name: string }
  subject: string
  body: string
}

/** Queues a message in the caller's transaction, so it is sent only if the change it reports commits. */
export async function queueMail(tx: Queryable, message: MailMessage) {
  await tx.query(`insert into mail_message (collaboration_id, kind, to_address, to_name, subject, body) values ($1, $2, $3, $4, $5, $6)`, [
    message.collaborationId,
    message.kind,
    message.to.address,
    message.to.name,
    message.subject,
    message.body,
  ])
}

/** Queues many messages in one statement, in the caller's transaction (digests: one per person, hundreds at a time). */
export async function queueMails(tx: Queryable, messages: MailMessage[]) {
  if (messages.length === 0) return
  const column = <T>(pick: (message: MailMessage) => T) => messages.map(pick)
  await tx.query(
    `insert into mail_message (collaboration_id, kind, to_address, to_name, subject, body)
     select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
    [column((m) => m.collaborationId), column((m) => m.kind), column((m) => m.to.address), column((m) => m.to.name), column((m) => m.subject), column((m) => m.body)],
  )
}

/** The language each of these accounts reads Samverka in (app_user.locale); e-mail goes out in it. */
export async function recipientLocales(db: Queryable, userIds: string[]): Promise<Map<string, Locale>> {
  const rows = userIds.length ? await db.query<{ id: string; locale: Locale }>('select id, locale from app_user where id = any($1::uuid[])', [userIds]) : []
  return new Map(rows.map((row) => [row.id, row.locale]))
}

/** The language of the account with this address, if there is one. */
export async function localeOfAddress(db: Queryable, email: string): Promise<Locale | null> {
  const [row] = await db.query<{ locale: Locale }>('select locale from app_user where lower(email) = lower($1)', [email])
  return row?.locale ?? null
}

export interface Mailer {
  from: string
  transport: Transporter | null
}

/**
 * An SMTP transport from `SMTP_URL` (e.g. smtp://user:pass@mail.kommun.se:587); without one, messages wait in the outbox.
 * It keeps its connection open between messages (a pool of one: a process sends one message at a time), as a new
 * connection for each costs the server's greeting every time; `?pool=false` in the URL turns that off.
 */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  return { from, transport: smtpUrl ? nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 1 }) : null }
}

const closedMailers = new WeakSet<Mailer>()

/** Sends nothing more through this mailer: waits for a round under way, then closes its SMTP connection. */
export async function closeMailer(mailer: Mailer) {
  closedMailers.add(mailer)
  await rounds.get(mailer)?.tail
  mailer.transport?.close()
}

interface OutboxMessage {
  id: string
  toAddress: string
  toName: string
  subject: string
  body: string
  attempts: number
}

/** The Message-ID header of an outbox message: the same on every try, so a receiver can tell a repeat (see deliverOutbox). */
export const messageIdOf = (id: string) => `<${id}@samverka>`

/** Minutes before the next try of a message that failed `attempts` times: 1, 2, 4 … at most 6 hours. */
export const retryDelayMinutes = (attempts: number) => Math.min(360, 2 ** (attempts - 1))

const NEXT_DUE = `select id, to_address as "toAddress", to_name as "toName", subject, body, attempts from mail_message
  where sent_at is null and (next_attempt_at is null or next_attempt_at <= now()) order by created_at, id limit 1`

/** Sends one message and records the outcome through `db` (on PostgreSQL the transaction holding its row lock). */
async function sendOne(db: Queryable, transport: Transporter, from: string, message: OutboxMessage): Promise<'sent' | 'failed'> {
  const attempts = message.attempts + 1
  try {
    await transport.sendMail({ from, to: { name: message.toName, address: message.toAddress }, subject: message.subject, text: message.body, messageId: messageIdOf(message.id) })
  } catch (error) {
    await db.query('update mail_message set attempts = $2, error = $3, next_attempt_at = now() + make_interval(mins => $4) where id = $1', [
      message.id,
      attempts,
      String(error),
      retryDelayMinutes(attempts),
    ])
    return 'failed'
  }
  await db.query('update mail_message set attempts = $2, sent_at = now(), error = null, next_attempt_at = null where id = $1', [message.id, attempts])
  return 'sent'
}

// PGlite has one connection, and a transaction open on it holds up every other query of the app: there the
// message is read, sent and marked without one, one at a time in this process (the only one on that data folder).
const pgliteTurns = new WeakMap<Database, Promise<unknown>>()
function inTurn<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const next = (pgliteTurns.get(db) ?? Promise.resolve()).then(work)
  pgliteTurns.set(db, next.catch(() => undefined))
  return next
}

/** Sends the oldest message that is due, if any. */
function deliverNext(db: Database, transport: Transporter, from: string): Promise<'sent' | 'failed' | null> {
  if (db.kind === 'pglite') {
    return inTurn(db, async () => {
      const [message] = await db.query<OutboxMessage>(NEXT_DUE)
      return message ? sendOne(db, transport, from, message) : null
    })
  }
  return db.transaction(async (tx) => {
    const [message] = await tx.query<OutboxMessage>(`${NEXT_DUE} for update skip locked`)
    return message ? sendOne(tx, transport, from, message) : null
  })
}

/**
 * Sends what is due in the outbox, oldest first. Several processes may run this at once: on PostgreSQL
 * each message is sent inside its own transaction holding its row lock (`for update skip locked`), so
 * no two processes send the same message, and a process killed mid-send loses its connection and with
 * it the lock at once: the next round of any process sends the message. A failure is kept on the
 * message (error, attempts) and tried again after a growing delay; the others go on meanwhile.
 *
 * One window cannot be closed from our side: the SMTP server has accepted the message and the process
 * dies (or the database fails) before the commit that marks it sent. The message is then sent again,
 * with the same Message-ID (`messageIdOf`), by which the receiving server or mail program can
 * recognise it as a repeat; many do not, and the recipient gets it twice.
 */
export function deliverOutbox(db: Database, mailer: Mailer): Promise<{ sent: number; failed: number }> {
  const transport = mailer.transport
  if (!transport || closedMailers.has(mailer)) return Promise.resolve({ sent: 0, failed: 0 })
  return oneRoundAtATime(mailer, async () => {
    let sent = 0
    let failed = 0
    for (;;) {
      if (closedMailers.has(mailer)) return { sent, failed }
      const outcome = await deliverNext(db, transport, mailer.from)
      if (outcome === null) return { sent, failed }
      if (outcome === 'sent') sent++
      else failed++
    }
  })
}

// A process runs one round at a time (each round holds a database connection while it sends): a round asked
// for while one runs starts after it, and every request for a round made meanwhile joins that one.
const rounds = new WeakMap<Mailer, { tail: Promise<unknown>; queued: Promise<{ sent: number; failed: number }> | null }>()
function oneRoundAtATime(mailer: Mailer, round: () => Promise<{ sent: number; failed: number }>) {
  const state = rounds.get(mailer) ?? { tail: Promise.resolve(), queued: null }
  rounds.set(mailer, state)
  if (state.queued) return state.queued
  const run = state.tail.then(() => {
    state.queued = null
    return round()
  })
  state.queued = run
  state.tail = run.catch(() => undefined)
  return run
}

/**
 * Delivers the outbox every `seconds` while the server runs: messages whose sending failed, and messages
 * queued where nothing delivered them at once. A round still running when the next is due is not doubled.
 * The returned function stops it (and waits for a round under way).
 */
export function startOutboxDelivery(db: Database, mailer: Mailer, seconds: number, onError: (error: Error) => void): () => Promise<void> {
  if (!mailer.transport || seconds <= 0) return async () => {}
  let running: Promise<unknown> | undefined
  const timer = setInterval(() => {
    running = deliverOutbox(db, mailer).catch(onError)
  }, seconds * 1000)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
