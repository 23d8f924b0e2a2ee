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
