import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../tests/helpers/test-app'
import { startSmtpServer } from '../../../tests/helpers/smtp'
import { closeMailer, createMailer as openMailer, deliverOutbox, messageIdOf, queueMail, type Mailer } from './mail'

// Every mailer a test opens, closed before the SMTP server (which waits for open connections).
const opened: Mailer[] = []
const createMailer = (url: string, from: string) => {
  const mailer = openMailer(url, from)
  opened.push(mailer)
  return mailer
}
const closeMailers = () => Promise.all(opened.splice(0).map(closeMailer))

describe('the outbox, delivered by several senders at once', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  beforeAll(async () => {
    t = await createTestApp()
    smtp = await startSmtpServer()
  })
  afterAll(async () => {
    await closeMailers()
    await t.close()
    await smtp.close()
  })

  const queue = (address: string, subject: string) =>
    t.db.transaction((tx) => queueMail(tx, { collaborationId: null, kind: 'test', to: { address, name: 'Mottagare' }, subject, body: 'Hej' }))

  it('sends every message once when two processes deliver at the same time', async () => {
    for (let i = 0; i < 30; i++) await queue(`once${i}@test.samverka.se`, `Meddelande ${i}`)
    // Two mailers with their own connections, as two processes have.
    const results = await Promise.all([deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se')), deliverOutbox(t.db, createMailer(smtp.url, 'b@samverka.se'))])
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(30)
    for (let i = 0; i < 30; i++) expect(smtp.to(`once${i}@test.samverka.se`)).toHaveLength(1)
    const [{ waiting }] = (await t.db.query<{ waiting: number }>('select count(*)::int as waiting from mail_message where sent_at is null')) as [{ waiting: number }]
    expect(waiting).toBe(0)
  })

  it('gives each message a Message-ID made from its id, and sends the oldest first', async () => {
    await queue('first@test.samverka.se', 'Först')
    await queue('second@test.samverka.se', 'Sedan')
    await deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se'))
    const rows = await t.db.query<{ id: string }>(`select id from mail_message where to_address in ('first@test.samverka.se', 'second@test.samverka.se') order by created_at`)
    const ids = smtp.received.filter((mail) => ['Först', 'Sedan'].includes(mail.subject ?? '')).map((mail) => mail.messageId)
    expect(ids).toEqual(rows.map((row) => messageIdOf(row.id)))
  })

  it('sends a message again with the same Message-ID when it could not be marked sent after the server took it', async () => {
    // The one window left open: the SMTP server accepted the message, and marking it sent failed (as when the
    // process dies just then). Here the database refuses the first marking.
    await t.db.exec(`create sequence mark_attempt;
      create function refuse_first_marking() returns trigger language plpgsql as $$
      begin
        if new.sent_at is not null and nextval('mark_attempt') = 1 then raise exception 'the database went away'; end if;
        return new;
      end $$;
      create trigger refuse_first_marking before update on mail_message for each row when (new.to_address = 'window@test.samverka.se') execute function refuse_first_marking();`)
    await queue('window@test.samverka.se', 'Fönstret')
    await expect(deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se'))).rejects.toThrow(/went away/)
    expect(smtp.to('window@test.samverka.se')).toHaveLength(1)
    expect(await deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se'))).toEqual({ sent: 1, failed: 0 })
    const [row] = await t.db.query<{ id: string; sent: boolean }>(`select id, sent_at is not null as sent from mail_message where to_address = 'window@test.samverka.se'`)
    expect(row!.sent).toBe(true)
    // Twice at the server, but recognisably the same message.
    expect(smtp.to('window@test.samverka.se').map((mail) => mail.messageId)).toEqual([messageIdOf(row!.id), messageIdOf(row!.id)])
    await t.db.exec('drop trigger refuse_first_marking on mail_message; drop function refuse_first_marking; drop sequence mark_attempt')
  })

  it('keeps a failed message with its error and sends it on a later round', async () => {
    await queue('later@test.samverka.se', 'Senare')
    const unreachable = createMailer('smtp://127.0.0.1:9', 'a@samverka.se')
    const failed = await deliverOutbox(t.db, unreachable)
    expect(failed.failed).toBeGreaterThanOrEqual(1)
    const [row] = await t.db.query<{ error: string | null; attempts: number; sentAt: Date | null }>(
      `select error, attempts, sent_at as "sentAt" from mail_message where to_address = 'later@test.samverka.se'`,
    )
    expect(row).toMatchObject({ attempts: 1, sentAt: null })
    expect(row!.error).toMatch(/ECONNREFUSED/)
    await t.db.query(`update mail_message set next_attempt_at = now() where to_address = 'later@test.samverka.se'`) // a minute passes
    expect((await deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se'))).sent).toBeGreaterThanOrEqual(1)
    expect(smtp.to('later@test.samverka.se')).toHaveLength(1)
  })
})

describe('an address the SMTP server refuses', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  const refuse = new Set(['stangd@test.samverka.se'])
  beforeAll(async () => {
    t = await createTestApp()
    smtp = await startSmtpServer({ refuse })
  })
  afterAll(async () => {
    await closeMailers()
    await t.close()
    await smtp.close()
  })

  const queue = (address: string, subject: string) =>
    t.db.transaction((tx) => queueMail(tx, { collaborationId: null, kind: 'test', to: { address, name: 'Mottagare' }, subject, body: 'Hej' }))
  const stateOf = async (address: string) =>
    (
      await t.db.query<{ attempts: number; error: string | null; sent: boolean; waitMinutes: number | null }>(
        `select attempts, error, sent_at is not null as sent, round(extract(epoch from next_attempt_at - now()) / 60)::int as "waitMinutes"
         from mail_message where to_address = $1`,
        [address],
      )
    )[0]
  const deliver = () => deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se'))

  it('does not hold up the messages queued after it', async () => {
    await queue('stangd@test.samverka.se', 'Till stängd brevlåda')
    for (let i = 0; i < 3; i++) await queue(`efter${i}@test.samverka.se`, `Efter ${i}`)
    expect(await deliver()).toEqual({ sent: 3, failed: 1 })
    for (let i = 0; i < 3; i++) expect(smtp.to(`efter${i}@test.samverka.se`)).toHaveLength(1)
    expect(await stateOf('stangd@test.samverka.se')).toMatchObject({ attempts: 1, sent: false, waitMinutes: 1 })
    expect((await stateOf('stangd@test.samverka.se'))!.error).toMatch(/550/)
  })

  it('waits longer after each failure before trying again, and is not tried before then', async () => {
    expect(await deliver()).toEqual({ sent: 0, failed: 0 })
    await t.db.query(`update mail_message set next_attempt_at = now() where to_address = 'stangd@test.samverka.se'`) // a minute passes
    expect(await deliver()).toEqual({ sent: 0, failed: 1 })
    expect(await stateOf('stangd@test.samverka.se')).toMatchObject({ attempts: 2, sent: false, waitMinutes: 2 })
    await t.db.query(`update mail_message set next_attempt_at = now() where to_address = 'stangd@test.samverka.se'`)
    expect(await deliver()).toEqual({ sent: 0, failed: 1 })
    expect(await stateOf('stangd@test.samverka.se')).toMatchObject({ attempts: 3, waitMinutes: 4 })
  })

  it('sends it once the address is accepted, and clears the error', async () => {
    refuse.clear()
    await t.db.query(`update mail_message set next_attempt_at = now() where to_address = 'stangd@test.samverka.se'`)
    expect(await deliver()).toEqual({ sent: 1, failed: 0 })
    expect(smtp.to('stangd@test.samverka.se')).toHaveLength(1)
    expect(await stateOf('stangd@test.samverka.se')).toMatchObject({ attempts: 4, sent: true, error: null, waitMinutes: null })
  })
})
