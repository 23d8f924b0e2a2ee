import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { DEMO_PASSWORD, seedDemo } from './demo.seed'

describe('the demo data', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let newcomer: Client
  beforeAll(async () => {
    t = await createTestApp()
    expect(await seedDemo(t.db)).toBe(true)
    newcomer = await new Client(t.app).logIn('lasare@demo.samverka.se', DEMO_PASSWORD)
  }, 120_000)
  afterAll(() => t.close())

  it('loads once: a second start leaves it alone', async () => {
    expect(await seedDemo(t.db)).toBe(false)
  })

  it('models the FVM programme as seed 000 describes it: who decides a binding business agreement and the escalation ladder', async () => {
    const fvm = (await newcomer.get('/api/collaborations')).json().find((c: { prefix: string }) => c.prefix === 'FVM')
    expect(fvm).toMatchObject({ legalForm: 'avtalssamverkan', memberCount: 50 })
    // The region's inhabitants live in its 49 municipalities: counted once, not twice.
    const region = (await newcomer.get(`/api/collaborations/${fvm.id}/members`)).json().members.find((m: { kind: string }) => m.kind === 'region')
    expect(fvm.inhabitantsCovered).toBe(region.population)
    const { bodies, decisionKinds, paths } = (await newcomer.get(`/api/collaborations/${fvm.id}/governance`)).json()
    const name = (id: string) => bodies.find((b: { id: string }) => b.id === id).name
    const kind = decisionKinds.find((k: { key: string }) => k.key === 'binding_business_agreement')
    const path = paths.find((p: { decisionKindId: string }) => p.decisionKindId === kind.id)
    expect(path.decidedBy.map(name)).toEqual(['FVM Programstyrgrupp'])
    expect(path.preparedBy.map(name)).toEqual(['FVM Beredning'])
    expect(path).toMatchObject({ membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
    expect(path.ladder.map(name)).toEqual(['FVM Klinisk ledning', 'Programledare', 'FVM Programledning', 'FVM Programstyrgrupp'])
    const [open] = (await newcomer.get(`/api/collaborations/${fvm.id}/disagreements`)).json()
    expect([name(open.currentBodyId), name(open.nextBodyId)]).toEqual(['Programledare', 'FVM Programledning'])
  })

  it('gives Norrbottens e-nämnd a complete committee, so its legal form has no errors', async () => {
    const coordinator = await new Client(t.app).logIn('samordnare@demo.samverka.se', DEMO_PASSWORD)
    const en = (await coordinator.get('/api/collaborations')).json().find((c: { prefix: string }) => c.prefix === 'EN')
    const { findings, bodies } = (await coordinator.get(`/api/collaborations/${en.id}/governance`)).json()
    expect(findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([])
    const board = bodies.find((b: { kind: string }) => b.kind === 'board')
    expect(board.seats).toHaveLength(28)
    expect(board.seats.find((s: { position: string | null }) => s.position === 'chair').memberName).toBe('Luleå')
  })
})

describe('the demo initiatives', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let kalix: Client
  let norrbotten: string
  beforeAll(async () => {
    t = await createTestApp()
    await seedDemo(t.db)
    kalix = await new Client(t.app).logIn('kalix@demo.samverka.se', DEMO_PASSWORD)
    norrbotten = (await kalix.get('/api/collaborations')).json().find((c: { prefix: string }) => c.prefix === 'EN').id
  }, 120_000)
  afterAll(() => t.close())

  it('span every phase of Norrbotten’s process, each reached through its gates', async () => {
    const { initiatives, processes } = (await kalix.get(`/api/collaborations/${norrbotten}/initiatives`)).json()
    const phases = processes[0].phases
    expect(phases.map((p: { name: string }) => p.name)).toEqual(['Kvalificering av idé', 'Förstudie', 'Utvecklingsprojekt', 'Realisering', 'Införande', 'Förvaltning'])
    expect(phases.every((p: { current: number }) => p.current > 0)).toBe(true)
    // A funnel narrows: no phase is reached by more initiatives than the one before it.
    for (let i = 1; i < phases.length; i++) expect(phases[i].reached).toBeLessThanOrEqual(phases[i - 1].reached)
    expect(phases[0].reached).toBe(initiatives.length)
  })

  it('show Kalix what it takes part in, the decisions it owes and what it declined', async () => {
    const kalixId = (await kalix.get('/api/auth/session')).json().roles.find((r: { collaborationId: string }) => r.collaborationId === norrbotten).memberId
    const view = (await kalix.get(`/api/collaborations/${norrbotten}/members/${kalixId}/initiatives`)).json()
    expect(view.owed).toEqual([
      expect.objectContaining({ title: 'Digital nämndadministration', gateName: 'Beslut om utvecklingsprojekt', dueOn: '2027-02-28', state: 'pending' }),
      expect.objectContaining({ title: 'E-arkiv', gateName: 'Beslut om gemensam förvaltning', dueOn: '2026-12-15', state: 'pending' }),
    ])
    expect(view.declined.map((d: { title: string; phaseName: string }) => [d.title, d.phaseName])).toEqual([['Gemensamt verksamhetssystem för socialtjänsten', 'Förstudie']])
    expect(view.participating.map((i: { title: string }) => i.title)).toContain('Gemensam e-tjänsteplattform')
  })
})
