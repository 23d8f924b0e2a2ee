import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../tests/helpers/test-app'
import { startSmtpServer } from '../../../tests/helpers/smtp'
import { createMailer, deliverOutbox, queueMail } from './mail'

describe('the outbox, delivered by several senders at once', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  beforeAll(async () => {
    t = await createTestApp()
    smtp = await startSmtpServer()
  })
  afterAll(async () => {
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

  it('leaves a message claimed by a living process alone, and takes over one whose process died mid-send', async () => {
    await queue('held@test.samverka.se', 'Hålls')
    await queue('orphan@test.samverka.se', 'Övergivet')
    await t.db.query(`update mail_message set claimed_by = 'other:1', claimed_until = now() + interval '10 minutes' where to_address = 'held@test.samverka.se'`)
    await t.db.query(`update mail_message set claimed_by = 'dead:2', claimed_until = now() - interval '1 minute' where to_address = 'orphan@test.samverka.se'`)
    expect(await deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se'))).toEqual({ sent: 1, failed: 0 })
    expect(smtp.to('orphan@test.samverka.se')).toHaveLength(1)
    expect(smtp.to('held@test.samverka.se')).toHaveLength(0)
  })

  it('keeps a failed message with its error and sends it on a later round', async () => {
    await queue('later@test.samverka.se', 'Senare')
    const unreachable = createMailer('smtp://127.0.0.1:9', 'a@samverka.se')
    const failed = await deliverOutbox(t.db, unreachable)
    expect(failed.failed).toBeGreaterThanOrEqual(1)
    const [row] = await t.db.query<{ error: string | null; attempts: number; claimedUntil: Date | null }>(
      `select error, attempts, claimed_until as "claimedUntil" from mail_message where to_address = 'later@test.samverka.se'`,
    )
    expect(row).toMatchObject({ attempts: 1, claimedUntil: null })
    expect(row!.error).toMatch(/ECONNREFUSED/)
    expect((await deliverOutbox(t.db, createMailer(smtp.url, 'a@samverka.se'))).sent).toBeGreaterThanOrEqual(1)
    expect(smtp.to('later@test.samverka.se')).toHaveLength(1)
  })
})
