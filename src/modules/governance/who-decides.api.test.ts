import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

interface Kind {
  id: string
  key: string
  nameSv: string
  binding: boolean
  requiresMemberDecisions: boolean
  membersMustDecide: boolean
  memberDecisionReason: string | null
}
interface Path {
  decisionKindId: string
  preparedBy: string[]
  decidedBy: string[]
  membersMustDecide: boolean
  memberDecisionReason: string | null
}

// An FVM-like programme: agreement-based, a preparing group and a steering group that "decides" binding agreements.
describe('who decides: the decision-kind listing, the decision path and an initiative’s gate give one answer', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let members: { id: string; name: string }[]
  let coordinator: Client
  let beredning: string
  let styrgrupp: string
  beforeAll(async () => {
    t = await createTestApp()
    ;({ collaboration: { id: collaborationId }, members } = await buildCollaboration(t.db, { legalForm: 'avtalssamverkan', memberCodes: ['2514', '2580', '2582'] }))
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
    styrgrupp = (await coordinator.post(url('/bodies'), { name: 'Programstyrgrupp', kind: 'steering_group' })).json().id
    beredning = (await coordinator.post(url('/bodies'), { name: 'Beredning', kind: 'preparing_group', escalatesToBodyId: styrgrupp })).json().id
    const kinds: Kind[] = (await governance()).decisionKinds
    const ids = kinds.map((k) => k.id)
    expect((await coordinator.put(url(`/bodies/${styrgrupp}/mandates`), { decides: ids, prepares: [] })).statusCode).toBe(200)
    expect((await coordinator.put(url(`/bodies/${beredning}/mandates`), { decides: [], prepares: ids })).statusCode).toBe(200)
  })
  afterAll(() => t.close())
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const governance = async (): Promise<{ decisionKinds: Kind[]; paths: Path[]; findings: { code: string; message: string }[] }> => (await coordinator.get(url('/governance'))).json()

  it('answers "must every member also decide a binding business agreement" yes, for the legal form, in the table and the path alike', async () => {
    const { decisionKinds, paths } = await governance()
    const agreement = decisionKinds.find((k) => k.key === 'binding_business_agreement')!
    // The catalogue's own setting says no; the legal form makes it yes.
    expect(agreement).toMatchObject({ binding: true, requiresMemberDecisions: false, membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
    expect(paths.find((p) => p.decisionKindId === agreement.id)).toMatchObject({ preparedBy: [beredning], decidedBy: [styrgrupp], membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
  })

  it('agrees for every kind in the catalogue, binding or not', async () => {
    const { decisionKinds, paths } = await governance()
    expect(decisionKinds.length).toBeGreaterThan(10)
    for (const kind of decisionKinds) {
      const path = paths.find((p) => p.decisionKindId === kind.id)!
      expect({ kind: kind.key, membersMustDecide: kind.membersMustDecide, reason: kind.memberDecisionReason }).toEqual({ kind: kind.key, membersMustDecide: path.membersMustDecide, reason: path.memberDecisionReason })
      expect(kind.membersMustDecide).toBe(kind.binding || kind.requiresMemberDecisions)
    }
    // And the legal-form check names exactly those the path says the form cannot bind the members to.
    const finding = (await governance()).findings.find((f) => f.code === 'binding_needs_member_decisions')!
    for (const kind of decisionKinds.filter((k) => k.memberDecisionReason === 'no_binding_body')) expect(finding.message).toContain(kind.nameSv)
  })

  it('answers a changed kind with its new path at once', async () => {
    const { decisionKinds } = await governance()
    const pilot = decisionKinds.find((k) => k.key === 'start_pre_study')!
    const changed = await coordinator.patch(url(`/decision-kinds/${pilot.id}`), { version: 1, nameSv: pilot.nameSv, nameEn: 'Start a pre-study', binding: true, requiresMemberDecisions: false })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({ binding: true, membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
    const { paths } = await governance()
    expect(paths.find((p) => p.decisionKindId === pilot.id)).toMatchObject({ membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
    await coordinator.patch(url(`/decision-kinds/${pilot.id}`), { version: 2, nameSv: pilot.nameSv, nameEn: 'Start a pre-study', binding: false, requiresMemberDecisions: false })
  })

  it('makes a new kind’s key from its name: the interface never asks for one', async () => {
    const created = await coordinator.post(url('/decision-kinds'), { nameSv: 'Införa e-tjänst', nameEn: 'Launch an e-service', binding: true })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json()).toMatchObject({ key: 'infora_e_tjanst', membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
    const again = await coordinator.post(url('/decision-kinds'), { nameSv: 'Införa e-tjänst', nameEn: 'Launch an e-service (2)', binding: false })
    expect(again.json()).toMatchObject({ key: 'infora_e_tjanst_2', membersMustDecide: false, memberDecisionReason: null })
  })

  it('asks every participant to decide at a gate that requires a binding agreement, and says why, as the path does', async () => {
    const [model] = (await coordinator.get(url('/processes'))).json().models
    const definition = structuredClone(model.definition)
    // The model's gate does not ask for the members' decisions itself; the legal form does.
    definition.phases[0].gate = { ...definition.phases[0].gate, decisionKinds: ['binding_business_agreement'], requiresMemberDecisions: false }
    const revised = await coordinator.post(url(`/processes/${model.id}/versions`), { version: model.version, nameSv: model.nameSv, nameEn: model.nameEn, description: model.description, isDefault: true, definition })
    expect(revised.statusCode, revised.body).toBe(201)
    const participants = members.slice(1).map((m) => m.id)
    const registered = await coordinator.post(url('/initiatives'), { title: 'Gemensamt journalsystem', need: 'Ett gemensamt behov.', areas: ['shared_services'], proposingMemberId: members[0]!.id, participantMemberIds: participants })
    expect(registered.statusCode, registered.body).toBe(201)
    const { gate } = (await coordinator.get(url(`/initiatives/${registered.json().id}`))).json()
    const { decisionKinds, paths } = await governance()
    const agreement = decisionKinds.find((k) => k.key === 'binding_business_agreement')!
    expect(gate).toMatchObject({ requiresMemberDecisions: true, memberDecisionReason: 'no_binding_body' })
    expect(gate.requiredDecisions).toEqual([expect.objectContaining({ decisionKindId: agreement.id, name: 'Bindande affärsöverenskommelse', body: { id: styrgrupp, name: 'Programstyrgrupp' } })])
    const path = paths.find((p) => p.decisionKindId === agreement.id)!
    expect(gate.decisionPaths).toEqual([
      expect.objectContaining({ decisionKindId: agreement.id, membersMustDecide: path.membersMustDecide, memberDecisionReason: path.memberDecisionReason, decidedBy: [{ id: styrgrupp, name: 'Programstyrgrupp' }] }),
    ])
    // Every participating member is waiting to decide, and the gate says so in words.
    expect(gate.memberDecisions.map((m: { memberId: string }) => m.memberId).sort()).toEqual(expect.arrayContaining(participants))
    expect(gate.unmet).toEqual(expect.arrayContaining(members.slice(1).map((m) => `${m.name} har inte beslutat.`)))
  })
})
