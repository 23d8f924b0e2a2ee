import nodemailer, { type Transporter } from 'nodemailer'
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

export interface Mailer {
  from: string
  transport: Transporter | null
}

/** An SMTP transport from `SMTP_URL` (e.g. smtp://user:pass@mail.kommun.se:587); without one, messages wait in the outbox. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  return { from, transport: smtpUrl ? nodemailer.createTransport(smtpUrl) : null }
}

/** Sends what waits in the outbox; a failure is kept on the message and tried again next time. */
export async function deliverOutbox(db: Database, mailer: Mailer) {
  if (!mailer.transport) return { sent: 0, failed: 0 }
  const waiting = await db.query<{ id: string; toAddress: string; toName: string; subject: string; body: string }>(
    `select id, to_address as "toAddress", to_name as "toName", subject, body from mail_message where sent_at is null order by created_at limit 200`,
  )
  let sent = 0
  let failed = 0
  for (const message of waiting) {
    try {
      await mailer.transport.sendMail({ from: mailer.from, to: { name: message.toName, address: message.toAddress }, subject: message.subject, text: message.body })
      await db.query('update mail_message set sent_at = now(), error = null where id = $1', [message.id])
      sent++
    } catch (error) {
      await db.query('update mail_message set error = $2 where id = $1', [message.id, String(error)])
      failed++
    }
  }
  return { sent, failed }
}
