/**
 * E-mail sent exactly once by real app processes on one PostgreSQL, to a real SMTP server: a process
 * killed (kill -9) while the server holds its reply to a message neither loses that message nor has it
 * sent twice, another process takes it over at once, and two processes delivering a large outbox at
 * the same time send each message once.
 *
 * The PostgreSQL server is TEST_DATABASE_URL (set by `npm test`); without it a temporary cluster is started.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgres, type Database } from '../../src/server/db/database'
import { messageIdOf, queueMail } from '../../src/server/mail/mail'
import { startPostgresCluster, type PostgresCluster } from '../../scripts/postgres-cluster'
import { startSmtpServer } from '../helpers/smtp'
import { startAppProcess, waitUntilReady, type AppProcess } from './app-process'

describe('e-mail from several app processes, one of them killed mid-send', () => {
  let cluster: PostgresCluster | undefined
  let serverUrl: string
  let databaseUrl: string
  const databaseName = `samverka_mail_${randomBytes(6).toString('hex')}`
  let db: Database
  // Slow, and holding its reply to the 10th message that arrives until released.
  const HELD = 10
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  const processes: AppProcess[] = []

  const start = async (from: string) => {
    const app = await startAppProcess({
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '5',
      SAMVERKA_DEMO: '0',
      SMTP_URL: smtp.url,
      SAMVERKA_MAIL_FROM: from,
      SAMVERKA_MAIL_INTERVAL_SECONDS: '1',
      SAMVERKA_AUDIT_KEY: 'mail-delivery-test-audit-key',
      SAMVERKA_SECURE_COOKIES: '0',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    })
    processes.push(app)
    await waitUntilReady(app)
    return app
  }

  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) serverUrl = process.env.TEST_DATABASE_URL
    else serverUrl = (cluster = await startPostgresCluster()).url
    await withServer((client) => client.query(`create database ${databaseName}`))
    const url = new URL(serverUrl)
    url.pathname = `/${databaseName}`
    databaseUrl = url.toString()
    smtp = await startSmtpServer({ replyDelayMs: 5, holdMessage: HELD })
  })

  afterAll(async () => {
    smtp?.release() // a process still waiting for the held reply would not stop
    await Promise.all(processes.map((app) => app.stop()))
    await db?.close()
    await smtp?.close()
    await withServer((client) => client.query(`drop database if exists ${databaseName} with (force)`)).catch(() => undefined)
    cluster?.stop()
  })

  async function withServer<T>(work: (client: pg.Client) => Promise<T>) {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }

  /** Queues `count` messages of one kind in one transaction; their ids in the order queued. */
  async function queue(kind: string, count: number) {
    await db.transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        await queueMail(tx, { collaborationId: null, kind, to: { address: `${kind}${i}@test.samverka.se`, name: `Mottagare ${i}` }, subject: `${kind} ${i}`, body: 'Hej' })
      }
    })
    return (await db.query<{ id: string }>('select id from mail_message where kind = $1 order by created_at, id', [kind])).map((row) => row.id)
  }

  const unsent = async (kind: string) =>
    ((await db.query<{ n: number }>('select count(*)::int as n from mail_message where kind = $1 and sent_at is null', [kind])) as [{ n: number }])[0].n

  async function until(what: string, condition: () => Promise<boolean>, seconds = 30) {
    const deadline = Date.now() + seconds * 1000
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`not within ${seconds} s: ${what}\n${processes.map((app) => app.output()).join('\n')}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  /** How many times the SMTP server acknowledged each of these messages, by Message-ID. */
  const receivedTimes = (ids: string[]) => ids.map((id) => smtp.received.filter((mail) => mail.messageId === messageIdOf(id)).length)

  it('sends every message exactly once when the sending process is killed while the server holds a reply', async () => {
    const a = await start('A <a@samverka.se>')
    db = await openPostgres(databaseUrl) // after A applied the migrations
    const ids = await queue('kill', 30)

    // A's delivery round sends the first nine and waits for the server's reply to the tenth.
    const held = await smtp.held
    const heldId = ids[HELD - 1]!
    expect(held.messageId).toBe(messageIdOf(heldId))
    expect(receivedTimes(ids.slice(0, HELD - 1))).toEqual(ids.slice(0, HELD - 1).map(() => 1))

    // A second process sends the rest meanwhile, but not the message A holds.
    const b = await start('B <b@samverka.se>')
    await until('B sent every message A does not hold', async () => (await unsent('kill')) === 1)
    const [waiting] = await db.query<{ id: string }>(`select id from mail_message where kind = 'kill' and sent_at is null`)
    expect(waiting!.id).toBe(heldId)
    expect(receivedTimes([heldId])).toEqual([0])

    // kill -9 A: its connection drops, PostgreSQL releases the row at once and B sends the message
    // (not after a 15-minute claim runs out).
    const killedAt = Date.now()
    await a.kill()
    await until('B sent the message A held', async () => (await unsent('kill')) === 0, 10)
    expect(Date.now() - killedAt).toBeLessThan(10_000)
    smtp.release() // the reply to the dead process goes nowhere: not acknowledged, not counted
    await new Promise((resolve) => setTimeout(resolve, 300))

    expect(receivedTimes(ids)).toEqual(ids.map(() => 1))
    const [resent] = smtp.received.filter((mail) => mail.messageId === messageIdOf(heldId))
    expect(resent!.from?.text).toContain('b@samverka.se')
    const rows = await db.query<{ sent: boolean }>(`select sent_at is not null as sent from mail_message where kind = 'kill'`)
    expect(rows.every((row) => row.sent)).toBe(true)
    expect(b.output()).not.toMatch(/outbox delivery failed/)
  })

  it('sends each message of a large outbox once while two processes deliver it at the same time', async () => {
    const c = await start('C <c@samverka.se>')
    const count = 500
    const ids = await queue('many', count)
    await until('every message sent', async () => (await unsent('many')) === 0, 60)
    await new Promise((resolve) => setTimeout(resolve, 300))

    expect(receivedTimes(ids)).toEqual(ids.map(() => 1))
    expect(smtp.received.filter((mail) => mail.subject?.startsWith('many '))).toHaveLength(count)
    // Both took part: each sent some of them.
    const senders = new Set(smtp.received.filter((mail) => mail.subject?.startsWith('many ')).map((mail) => mail.from?.value[0]?.address))
    expect([...senders].sort()).toEqual(['b@samverka.se', 'c@samverka.se'])
    expect(c.output()).not.toMatch(/outbox delivery failed/)
  })
})
