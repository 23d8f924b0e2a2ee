import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { createTestApp } from '../../../tests/helpers/test-app'

describe('documents registered in one case at the same time', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  it('each get their own number in the case, none refused as already existing', async () => {
    const { collaboration } = await buildCollaboration(t.db)
    const { client } = await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary', name: 'Sam Sekreterare' })
    const base = `/api/collaborations/${collaboration.id}`
    const created = await client.post(`${base}/cases`, { title: 'Gemensam upphandling av e-arkiv' })
    expect(created.statusCode).toBe(201)
    const caseId = created.json().id as string

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.post(`${base}/cases/${caseId}/entries`, { direction: 'incoming', counterpart: `Kommun ${i + 1}`, description: `Yttrande nummer ${i + 1}` })),
    )
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201))

    const entries = (await client.get(`${base}/cases/${caseId}`)).json().entries as { number: string; description: string }[]
    const caseNumber = created.json().number as string
    expect(entries).toHaveLength(20)
    expect(new Set(entries.map((e) => e.number)).size).toBe(20)
    expect(entries.map((e) => e.number).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${caseNumber}-${i + 1}`).sort())
  })
})
