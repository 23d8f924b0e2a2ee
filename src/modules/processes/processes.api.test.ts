import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('process models', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let coordinator: Client
  let url: (path: string) => string
  beforeAll(async () => {
    t = await createTestApp()
    const { collaboration } = await buildCollaboration(t.db)
    coordinator = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })).client
    url = (path) => `/api/collaborations/${collaboration.id}${path}`
  })
  afterAll(() => t.close())

  it('starts every collaboration on Norrbotten’s six phases as its default model, under a name that is not Norrbotten’s', async () => {
    const { models } = (await coordinator.get(url('/processes'))).json()
    expect(models).toHaveLength(1)
    expect(models[0]).toMatchObject({ templateKey: 'norrbotten', version: 1, isDefault: true, latest: true, nameSv: 'Standardprocess för gemensam utveckling', nameEn: 'Standard process for joint development' })
    expect(models[0].definition.phases.map((p: { nameSv: string }) => p.nameSv)).toEqual(['Kvalificering av idé', 'Förstudie', 'Utvecklingsprojekt', 'Realisering', 'Införande', 'Förvaltning'])
  })

  it('copies every shipped template into the collaboration: each fits its catalogue of decision kinds', async () => {
    const { templates } = (await coordinator.get(url('/processes'))).json()
    expect(templates.map((t: { key: string }) => t.key)).toEqual(['norrbotten', 'collaboration_process', 'joint_procurement'])
    for (const template of templates) {
      const copied = await coordinator.post(url('/processes'), { fromTemplateKey: template.key, nameSv: `Kopia av ${template.nameSv}`, nameEn: `Copy of ${template.nameEn}` })
      expect(copied.statusCode, copied.body).toBe(201)
      expect(copied.json().definition).toEqual(template.definition)
    }
  })

  it('refuses a model that breaks the rules, naming each broken place', async () => {
    const { models } = (await coordinator.get(url('/processes'))).json()
    const model = models.find((m: { isDefault: boolean }) => m.isDefault)
    const definition = structuredClone(model.definition)
    definition.phases[1].key = 'idea'
    definition.phases[2].gate.decisionKinds = ['decide_by_coin_toss']
    const refused = await coordinator.post(url(`/processes/${model.id}/versions`), { ...model, definition })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors).toEqual([
      { path: 'body.definition.phases.1.key', message: 'Nyckeln idea används av mer än en fas.' },
      { path: 'body.definition.phases.2.gate.decisionKinds.0', message: 'Beslutstypen decide_by_coin_toss finns inte i samverkans beslutskatalog. Lägg till den under Organisation och beslut.' },
    ])
    expect((await coordinator.get(url('/processes'))).json().models).toEqual(models)
  })
})
