import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

// Issue 16: with English chosen, a missing member gave "Could not find medlemmen", and a schema's Swedish sentence won.
describe('server texts in the caller’s language', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('names a missing member with the noun of the caller’s language', async () => {
    const { collaboration } = await buildCollaboration(t.db)
    const { client: coordinator } = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator', name: 'Samordnare' })
    const missing = (language: string) =>
      coordinator.request({
        method: 'PATCH',
        url: `/api/collaborations/${collaboration.id}/members/${randomUUID()}`,
        payload: { version: 1, contactName: 'Ny kontakt' },
        headers: { 'accept-language': language },
      })

    const english = await missing('en')
    expect(english.statusCode).toBe(404)
    expect(english.json()).toMatchObject({ code: 'not_found', title: 'Could not find the member. It may have been removed, or the address is wrong.' })

    const swedish = await missing('sv')
    expect(swedish.statusCode).toBe(404)
    expect(swedish.json()).toMatchObject({ code: 'not_found', title: 'Hittade inte medlemmen. Den kan ha tagits bort, eller så har du fel adress.' })
  })

  it('says a schema’s own message in English to an English caller and in the same Swedish as before to a Swedish one', async () => {
    const report = (language: string) =>
      new Client(t.app).request({
        method: 'POST',
        url: '/api/accessibility-reports',
        payload: { page: '/medlemmar', description: 'Kort' },
        headers: { 'accept-language': language },
      })

    const english = await report('en')
    expect(english.statusCode).toBe(400)
    expect(english.json().errors).toEqual([{ path: 'body.description', message: 'Describe the problem in at least 10 characters' }])

    const swedish = await report('sv')
    expect(swedish.statusCode).toBe(400)
    expect(swedish.json().errors).toEqual([{ path: 'body.description', message: 'Beskriv problemet med minst 10 tecken' }])
  })

  it('names a registration-number format’s placeholders in the message, not blanks', async () => {
    const { collaboration } = await buildCollaboration(t.db)
    const { client: coordinator } = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
    const response = await coordinator.request({
      method: 'PUT',
      url: `/api/collaborations/${collaboration.id}/case-settings`,
      payload: { caseNumberFormat: '{year}/{nr}', classification: [] },
      headers: { 'accept-language': 'sv' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([{ path: 'body.caseNumberFormat', message: 'Formatet får bara innehålla {prefix}, {year}, {seq}, {seq:N} och {code}.' }])
  })
})
