import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser } from '../../../tests/helpers/factories'
import { createTestApp } from '../../../tests/helpers/test-app'
import { recordChange } from '../audit'

// The gate reminder as its subscriber writes it, from the event the reminding use case publishes.
describe('the gate reminder in the representative’s language', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  it('writes one reminder per representative, in Swedish or in English as each reads Samverka', async () => {
    const { collaboration } = await buildCollaboration(t.db, { memberCodes: ['2514'] })
    const swede = await buildUser(t.db, { name: 'Karin Kalix' })
    const english = await buildUser(t.db, { name: 'Emma English' })
    await t.db.query(`update app_user set locale = 'en' where id = $1`, [english.id])
    const url = 'https://samverka.test/collaborations/c/initiatives/i'
    await t.db.transaction((tx) =>
      recordChange(tx, { user: null, grants: [] }, {
        collaborationId: collaboration.id,
        action: 'decision.members_reminded',
        entityType: 'initiative',
        entityId: 'i',
        after: { members: ['Kalix'], gate: 'Beslut om utvecklingsprojekt' },
        event: {
          type: 'decision.members_reminded',
          payload: {
            initiativeId: 'i',
            initiativeTitle: 'Gemensam kundtjänst',
            gateName: { sv: 'Beslut om utvecklingsprojekt', en: 'Decision on development project' },
            gateDueOn: '2027-01-31',
            requiredDecisions: [{ sv: 'Beslut om projektstart', en: 'Decision to start the project' }],
            url,
            reminders: [{ memberId: 'm', memberName: 'Kalix', recipients: [swede, english].map((u) => ({ userId: u.id, name: u.name, email: u.email })) }],
          },
        },
      }),
    )
    await t.app.drainEvents()
    const mail = await t.db.query<{ toName: string; subject: string; body: string }>(`select to_name as "toName", subject, body from mail_message where kind = 'gate.reminder' order by to_name`)
    expect(mail).toEqual([
      {
        toName: 'Emma English',
        subject: 'Reminder: the decision of Kalix on Gemensam kundtjänst',
        body: [
          'Gemensam kundtjänst is waiting for the own decision of Kalix at the gate Decision on development project, by 2027-01-31.',
          'Decisions needed: Decision to start the project (identical decisions in every participating member).',
          '',
          `Record the decision in Samverka: ${url}`,
        ].join('\n'),
      },
      {
        toName: 'Karin Kalix',
        subject: 'Påminnelse: Kalixs beslut om Gemensam kundtjänst',
        body: [
          'Gemensam kundtjänst väntar på Kalixs eget beslut vid grinden Beslut om utvecklingsprojekt, senast 2027-01-31.',
          'Beslut som behövs: Beslut om projektstart (likalydande beslut i varje deltagande medlem).',
          '',
          `Registrera beslutet i Samverka: ${url}`,
        ].join('\n'),
      },
    ])
  })
})
