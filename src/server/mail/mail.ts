import { hostname } from 'node:os'
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

/** An SMTP transport from `SMTP_URL` (e.g. smtp://user:pass@mail.kommun.se:587); without one, messages wait in the outbox. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  return { from, transport: smtpUrl ? nodemailer.createTransport(smtpUrl) : null }
}

// Longer than the SMTP transport's slowest timeout (nodemailer's socket timeout is 10 minutes), so a
// claim runs out only when the process that took it has died, not while it still waits on the server.
const CLAIM_MINUTES = 15
// Identifies this process's claims in the table (host and pid), which helps when reading the outbox by hand.
const claimant = `${hostname()}:${process.pid}`

/**
 * Sends what waits in the outbox. Several processes may run this at once: each first claims the messages
 * it will send (rows another process holds are skipped), so a message is sent by one of them only.
 * A failure is kept on the message and tried again next time.
 */
export async function deliverOutbox(db: Database, mailer: Mailer) {
  if (!mailer.transport) return { sent: 0, failed: 0 }
  const claimed = await db.query<{ id: string; toAddress: string; toName: string; subject: string; body: string; createdAt: Date }>(
    `update mail_message set claimed_by = $1, claimed_until = now() + make_interval(mins => $2), attempts = attempts + 1
     where id in (select id from mail_message where sent_at is null and (claimed_until is null or claimed_until < now())
                  order by created_at limit 200 for update skip locked)
     returning id, to_address as "toAddress", to_name as "toName", subject, body, created_at as "createdAt"`,
    [claimant, CLAIM_MINUTES],
  )
  let sent = 0
  let failed = 0
  // In the order they were queued (what update … returning gives is in no particular order).
  claimed.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())
  for (const message of claimed) {
    try {
      await mailer.transport.sendMail({ from: mailer.from, to: { name: message.toName, address: message.toAddress }, subject: message.subject, text: message.body })
      await db.query('update mail_message set sent_at = now(), error = null, claimed_until = null where id = $1', [message.id])
      sent++
    } catch (error) {
      await db.query('update mail_message set error = $2, claimed_until = null where id = $1', [message.id, String(error)])
      failed++
    }
  }
  return { sent, failed }
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
    running ??= deliverOutbox(db, mailer)
      .catch(onError)
      .finally(() => (running = undefined))
  }, seconds * 1000)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
