import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fixedClock } from '../../../tests/helpers/clock'
import { buildCollaboration, buildInitiative, grantRole, signedInPerson } from '../../../tests/helpers/factories'
import { startSmtpServer } from '../../../tests/helpers/smtp'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { dutySources } from '../../server/app'
import { deliverOutbox } from '../../server/mail/mail'
import { runDigests, sweepAll } from './index'

// Tuesday 1 December 2026, 09:00 in Sweden.
const clock = fixedClock('2026-12-01T09:00:00+01:00')
const publicUrl = 'https://samverka.test'

type Page = { items: { id: string; kind: string; text: string; link: string; dueOn: string | null; read: boolean; collaborationName: string }[]; total: number; unread: number }

describe('notifications: settings, the bell, reminders and digests', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>

  beforeAll(async () => {
    clock.start()
    smtp = await startSmtpServer()
    // Sessions that outlast the weeks the clock moves through, so nobody has to log in again.
    t = await createTestApp({ smtpUrl: smtp.url, publicUrl, sessionHours: 24 * 90, sessionIdleMinutes: 60 * 24 * 90 })
  })
  afterAll(async () => {
    clock.stop()
    await t.close()
    await smtp.close()
  })

  /** A gate at which Kalix and Boden owe their decisions by `dueOn`, set by the coordinator (which publishes the change's event). */
  async function gateDue(dueOn: string, title = 'E-arkiv') {
    const { collaboration, member } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
    const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix! })
    const boden = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Boden! })
    const coordinator = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
    const initiative = await buildInitiative(t.db, collaboration.id, { title, proposingMemberId: member.Kalix!, participantMemberIds: [member.Boden!], phase: 'pre_study', atGate: true })
    const url = `/api/collaborations/${collaboration.id}/initiatives/${initiative.id}`
    const current = (await coordinator.client.get(url)).json()
    await later()
    const set = await coordinator.client.patch(url, { version: current.version, title: current.title, need: current.need, description: current.description, areas: current.areas, projectManager: current.projectManager, gateDueOn: dueOn })
    expect(set.statusCode, set.body).toBe(200)
    return { collaboration, member, kalix, boden, coordinator, url, decisionKindId: current.gate.requiredDecisions[0].decisionKindId as string }
  }
  /**
   * Two minutes on: a change sweeps its collaboration at once unless it was swept in the last minute (then the
   * timer job does), and the fixed clock stands still while the collaboration is built.
   */
  const later = async () => vi.setSystemTime(new Date(Date.now() + 2 * 60_000))
  const bell = async (client: Client, query = '') => {
    const response = await client.get(`/api/me/notifications${query}`)
    expect(response.statusCode, response.body).toBe(200)
    return response.json() as Page
  }
  const sweep = () => sweepAll(t.db, dutySources, { at: new Date(), publicUrl })
  const digests = async () => {
    const result = await runDigests(t.db, dutySources, publicUrl, new Date())
    await deliverOutbox(t.db, t.app.mailer)
    return result
  }

  describe('settings', () => {
    it('starts from a daily digest for every kind, saves a choice, and refuses a stale version with 409', async () => {
      const { client } = await signedInPerson(t, { collaborationId: (await buildCollaboration(t.db)).collaboration.id, role: 'secretary' })
      expect((await client.get('/api/me/notification-settings')).json()).toEqual({ version: 0, email: { new_duty: 'daily', reminder: 'daily' } })
      const saved = await client.put('/api/me/notification-settings', { version: 0, email: { new_duty: 'immediately', reminder: 'weekly' } })
      expect(saved.statusCode, saved.body).toBe(200)
      expect(saved.json()).toEqual({ version: 1, email: { new_duty: 'immediately', reminder: 'weekly' } })
      // A second tab that read version 0 does not overwrite the choice.
      const stale = await client.put('/api/me/notification-settings', { version: 0, email: { new_duty: 'off', reminder: 'off' } })
      expect(stale.statusCode).toBe(409)
      expect(stale.headers['content-type']).toContain('application/problem+json')
      expect((await client.put('/api/me/notification-settings', { version: 1, email: { new_duty: 'off', reminder: 'daily' } })).json()).toEqual({ version: 2, email: { new_duty: 'off', reminder: 'daily' } })
      expect((await client.get('/api/me/notification-settings')).json().version).toBe(2)
    })

    it('names every invalid field, and asks who is asking', async () => {
      const { client } = await signedInPerson(t, { collaborationId: (await buildCollaboration(t.db)).collaboration.id, role: 'secretary' })
      const refused = await client.put('/api/me/notification-settings', { version: 0, email: { new_duty: 'hourly', reminder: 'sometimes', extra: 'x' } })
      expect(refused.statusCode).toBe(400)
      const paths = refused.json().errors.map((e: { path: string }) => e.path)
      expect(paths).toEqual(expect.arrayContaining(['body.email.new_duty', 'body.email.reminder']))
      expect((await client.get('/api/me/notification-settings')).json().version).toBe(0)
      expect((await new Client(t.app).get('/api/me/notification-settings')).statusCode).toBe(401)
    })

    it("lets the coordinator set the collaboration's reminder days, and no one else", async () => {
      const { collaboration, member } = await buildCollaboration(t.db)
      const url = `/api/collaborations/${collaboration.id}/reminder-settings`
      const coordinator = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })).client
      const rep = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix! })).client
      const read = (await rep.get(url)).json()
      expect(read.reminderDays).toEqual([14, 3, 0])
      expect((await rep.put(url, { version: read.version, reminderDays: [7] })).statusCode).toBe(403)
      expect((await coordinator.put(url, { version: read.version, reminderDays: [1, 1] })).statusCode).toBe(400)
      const saved = await coordinator.put(url, { version: read.version, reminderDays: [1, 7] })
      expect(saved.statusCode, saved.body).toBe(200)
      expect(saved.json().reminderDays).toEqual([7, 1])
      expect((await coordinator.put(url, { version: read.version, reminderDays: [2] })).statusCode).toBe(409)
    })
  })

  describe('the sweep', () => {
    it('tells the owners of a new duty once, reminds them 14, 3 and 0 days before, and says once that it is overdue', async () => {
      await clock.set('2026-12-01T09:00:00+01:00')
      const { kalix, boden, coordinator, collaboration } = await gateDue('2026-12-20')
      // The changes published events: their subscriber swept the collaboration at once. The duty is told of when it
      // first appears, which may be before the coordinator set the gate's date (the reminders carry the date).
      const first = await bell(kalix.client)
      expect(first.items).toEqual([expect.objectContaining({ kind: 'new_duty', text: expect.stringMatching(/^Att göra: Kalix ska besluta: Beslut om utvecklingsprojekt – E-arkiv( – senast 2026-12-20)?$/), read: false, collaborationName: collaboration.name })])
      expect(first.unread).toBe(1)
      expect((await bell(boden.client)).items.map((n) => n.text)).toEqual([expect.stringMatching(/^Att göra: Boden ska besluta: Beslut om utvecklingsprojekt – E-arkiv( – senast 2026-12-20)?$/)])
      // The coordinator: the members not yet decided, and the board's own decision the gate waits for.
      const coordinators = (await bell(coordinator.client)).items
      expect(coordinators.map((n) => n.kind)).toEqual(['new_duty', 'new_duty'])
      expect(coordinators.map((n) => n.text)).toEqual(expect.arrayContaining([expect.stringContaining('har inte beslutat'), expect.stringContaining('Beslut väntar')]))

      const kinds = async () => (await bell(kalix.client, '?limit=50')).items.map((n) => n.text.split(':')[0] + ':' + n.text.split(' – ').at(-1))
      // Every day from now until after the due date, twice a day: each reminder once, whatever runs again.
      for (let day = 2; day <= 26; day++) {
        await clock.set(`2026-12-${String(day).padStart(2, '0')}T07:00:00+01:00`)
        await sweep()
        await sweep()
      }
      expect(await kinds()).toEqual([
        'Försenat:skulle ha varit klart 2026-12-20',
        'Påminnelse:ska vara klart i dag, 2026-12-20',
        'Påminnelse:senast 2026-12-20, om 3 dagar',
        'Påminnelse:senast 2026-12-20, om 14 dagar',
        expect.stringMatching(/^Att göra:(senast 2026-12-20|E-arkiv)$/),
      ])
    })

    it('mails at once those who chose it, once, in their language, with the link and the way to change it', async () => {
      await clock.set('2026-12-01T09:00:00+01:00')
      const { collaboration, member } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
      const boden = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Boden! })
      await boden.client.patch('/api/me', { locale: 'en' })
      expect((await boden.client.put('/api/me/notification-settings', { version: 0, email: { new_duty: 'immediately', reminder: 'off' } })).statusCode).toBe(200)
      const coordinator = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
      const initiative = await buildInitiative(t.db, collaboration.id, { title: 'Växel', proposingMemberId: member.Kalix!, participantMemberIds: [member.Boden!], phase: 'pre_study', atGate: true })
      // Any change in the collaboration sweeps it; the coordinator's touch of the initiative is one.
      const url = `/api/collaborations/${collaboration.id}/initiatives/${initiative.id}`
      const current = (await coordinator.client.get(url)).json()
      await later()
      await coordinator.client.patch(url, { version: current.version, title: current.title, need: current.need, description: current.description, areas: current.areas, projectManager: current.projectManager, gateDueOn: '2026-12-10' })
      await sweep()
      await deliverOutbox(t.db, t.app.mailer)
      const mails = smtp.to(boden.email)
      expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^To do: Boden is to decide: Decision on a development project – Växel( – by 2026-12-10)?$/)])
      expect(mails[0]!.text).toContain(`${publicUrl}/collaborations/${collaboration.id}/initiatives/${initiative.id}`)
      expect(mails[0]!.text).toContain(`${publicUrl}/account#notifications`)
      // The 14-day reminder (reminders are set to off) and a sweep run again send nothing more.
      await sweep()
      await deliverOutbox(t.db, t.app.mailer)
      expect(smtp.to(boden.email)).toHaveLength(1)
    })

    it('marks one as read, and all of them; another person cannot mark mine', async () => {
      await clock.set('2026-12-01T09:00:00+01:00')
      const { kalix, boden } = await gateDue('2026-12-04', 'Läsbart')
      const page = await bell(kalix.client)
      // Set three days before its date, it is reminded of at once (the 3-day interval), besides being new.
      expect(page.items.map((n) => n.kind).sort()).toEqual(['new_duty', 'reminder'])
      const reminder = page.items.find((n) => n.kind === 'reminder')
      expect((await boden.client.post(`/api/me/notifications/${reminder!.id}/read`)).statusCode).toBe(404)
      expect((await kalix.client.post(`/api/me/notifications/${reminder!.id}/read`)).statusCode).toBe(204)
      expect((await bell(kalix.client)).unread).toBe(1)
      expect((await bell(kalix.client, '?unread=true')).items.map((n) => n.kind)).toEqual(['new_duty'])
      expect((await kalix.client.post('/api/me/notifications/read-all', {})).statusCode).toBe(204)
      expect(await bell(kalix.client, '?unread=true')).toMatchObject({ items: [], total: 0, unread: 0 })
      expect((await bell(boden.client)).unread).toBe(2)
    })
  })

  describe('digests', () => {
    it('sends each person one digest a day, their duties grouped by collaboration with the first due first, in their language, never empty', async () => {
      await clock.set('2026-12-01T09:00:00+01:00')
      const later = await gateDue('2026-12-20', 'Senare arkiv')
      const sooner = await gateDue('2026-12-08', 'Tidigare växel')
      // Kalix's representative in the first collaboration represents Kalix in the second too.
      await grantRole(t.db, { collaborationId: sooner.collaboration.id, userId: later.kalix.id, role: 'member_representative', memberId: sooner.member.Kalix! })
      await later.boden.client.patch('/api/me', { locale: 'en' })
      const idle = await signedInPerson(t, { collaborationId: later.collaboration.id, role: 'body_member' })

      // Before 06:00 in Sweden the day's digest is not due yet.
      await clock.set('2026-12-02T05:30:00+01:00')
      await digests()
      expect(smtp.to(later.kalix.email)).toEqual([])

      await clock.set('2026-12-02T06:30:00+01:00')
      await digests()
      const [mail, ...more] = smtp.to(later.kalix.email)
      expect(more).toEqual([])
      expect(mail!.subject).toBe('Samverka: 2 att göra – daglig sammanfattning')
      const text = mail!.text!
      // The collaboration with the first due date first, each with its duty, date, days left and link.
      expect(text.indexOf(sooner.collaboration.name)).toBeGreaterThan(0)
      expect(text.indexOf(sooner.collaboration.name)).toBeLessThan(text.indexOf(later.collaboration.name))
      expect(text).toContain('- Kalix ska besluta: Beslut om utvecklingsprojekt – Tidigare växel\n  Senast 2026-12-08 (om 6 dagar)')
      expect(text).toContain(`${publicUrl}${sooner.url.replace('/api', '')}`)
      expect(text).toContain(`${publicUrl}/account#notifications`)
      expect(smtp.to(later.boden.email).map((m) => m.subject)).toEqual(['Samverka: 1 to do – daily digest'])
      expect(smtp.to(later.boden.email)[0]!.text).toContain('Boden is to decide: Decision on a development project – Senare arkiv\n  By 2026-12-20 (in 18 days)')
      // Nothing owed, nothing sent.
      expect(smtp.to(idle.email)).toEqual([])

      // Run again the same day (another process, a restart): nothing twice.
      await digests()
      expect(smtp.to(later.kalix.email)).toHaveLength(1)

      // Once Kalix has decided in the second collaboration, the next day's digest no longer lists it.
      const recorded = await later.kalix.client.post(`${sooner.url}/member-decisions/${sooner.member.Kalix}`, { decisionKindId: sooner.decisionKindId, decidedOn: '2026-12-02', outcome: 'approve', reference: 'KS 2026/118' })
      expect(recorded.statusCode, recorded.body).toBe(201)
      await clock.set('2026-12-03T06:30:00+01:00')
      await digests()
      const next = smtp.to(later.kalix.email)[1]!
      expect(next.subject).toBe('Samverka: 1 att göra – daglig sammanfattning')
      expect(next.text).not.toContain('Tidigare växel')
      expect(next.text).toContain('Senare arkiv')
    })

    it('sends a weekly digest from Monday to those who chose it, and no daily one', async () => {
      await clock.set('2026-12-03T09:00:00+01:00')
      const { kalix } = await gateDue('2026-12-30', 'Veckovis')
      expect((await kalix.client.put('/api/me/notification-settings', { version: 0, email: { new_duty: 'weekly', reminder: 'weekly' } })).statusCode).toBe(200)
      await clock.set('2026-12-04T07:00:00+01:00')
      await digests()
      // This week's (from Monday 30 November) is still to send: it goes now, once.
      expect(smtp.to(kalix.email).map((m) => m.subject)).toEqual(['Samverka: 1 att göra – veckosammanfattning'])
      await clock.set('2026-12-05T07:00:00+01:00')
      await digests()
      expect(smtp.to(kalix.email)).toHaveLength(1)
      await clock.set('2026-12-07T07:00:00+01:00')
      await digests()
      expect(smtp.to(kalix.email)).toHaveLength(2)
      expect(smtp.to(kalix.email)[1]!.text).toContain('Du får den här sammanfattningen varje måndag')
    })
  })
})
