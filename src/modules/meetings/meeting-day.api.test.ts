import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBody, buildCollaboration, buildSeatedPerson, signedInPerson } from '../../../tests/helpers/factories'
import { createTestApp } from '../../../tests/helpers/test-app'

// A meeting's day is the Swedish day it starts on, whatever offset the time is sent with (e.g. UTC from another client).
describe('the day of a meeting', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  async function board() {
    const { collaboration } = await buildCollaboration(t.db)
    const body = await buildBody(t.db, collaboration.id, { decidesAll: false })
    const { client: secretary } = await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary' })
    const plan = (times: { startsAt: string; endsAt: string | null }) =>
      secretary.post(`/api/collaborations/${collaboration.id}/meetings`, { bodyId: body.id, ...times, place: 'Stadshuset', link: '' })
    return { collaboration, body, plan }
  }

  it('seats the ledamöter whose term has begun on the Swedish day, though that day has not begun in UTC', async () => {
    const { collaboration, body, plan } = await board()
    const newcomer = await buildSeatedPerson(t.db, collaboration.id, body.id, { name: 'Nina Nyvald', termStart: '2027-01-01' })
    // 00:30 on New Year's Day in Sweden, written in UTC: still 31 December there.
    const meeting = await plan({ startsAt: '2026-12-31T23:30:00Z', endsAt: null })
    expect(meeting.statusCode).toBe(201)
    expect(meeting.json().attendance.map((a: { personName: string }) => a.personName)).toContain(newcomer.name)
  })

  it('compares the end with the start as moments in time, whatever offsets they are written with', async () => {
    const { plan } = await board()
    // 10:00 to 10:30 Swedish time, the end written in UTC: as text it sorts before the start.
    const meeting = await plan({ startsAt: '2027-01-14T10:00:00+01:00', endsAt: '2027-01-14T09:30:00Z' })
    expect(meeting.statusCode).toBe(201)
    const backwards = await plan({ startsAt: '2027-01-14T10:00:00+01:00', endsAt: '2027-01-14T08:30:00Z' })
    expect(backwards.statusCode).toBe(400)
    expect(backwards.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.endsAt'])
  })
})
