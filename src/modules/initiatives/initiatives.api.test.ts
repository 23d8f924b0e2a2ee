import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildInitiative, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { startSmtpServer } from '../../../tests/helpers/smtp'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { today as swedishToday } from '../../server/clock'

// The server's date is Sweden's: between 23:00 and 01:00 UTC it is already tomorrow there.
const today = swedishToday()

// Kalix, Boden, Piteå and Luleå in a joint committee whose board decides the gates.
describe('initiatives through their gates', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<'Kalix' | 'Boden' | 'Piteå' | 'Luleå', string>
  let boardId: string
  let kinds: Record<string, string>
  let coordinator: Client
  let kalixRepresentative: Client
  let kalixEmail: string
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>

  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await createTestApp({ smtpUrl: smtp.url, publicUrl: 'https://samverka.test' })
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581', '2580'] })
    collaborationId = built.collaboration.id
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id])) as typeof member
    const coordinatorUser = await buildUser(t.db, { name: 'Samordnaren' })
    await grantRole(t.db, { collaborationId, userId: coordinatorUser.id, role: 'coordinator' })
    coordinator = await new Client(t.app).logIn(coordinatorUser.email, TEST_PASSWORD)
    const kalixUser = await buildUser(t.db)
    kalixEmail = kalixUser.email
    await grantRole(t.db, { collaborationId, userId: kalixUser.id, role: 'member_representative', memberId: member.Kalix })
    kalixRepresentative = await new Client(t.app).logIn(kalixUser.email, TEST_PASSWORD)
    const governance = (await coordinator.get(url('/governance'))).json()
    kinds = Object.fromEntries(governance.decisionKinds.map((k: { key: string; id: string }) => [k.key, k.id]))
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: Object.values(kinds), prepares: [] })
  })
  afterAll(async () => {
    await t.close()
    await smtp.close()
  })

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const detail = async (id: string) => (await coordinator.get(url(`/initiatives/${id}`))).json()
  const register = async (title: string, participants: string[], proposer = member.Kalix) => {
    const response = await coordinator.post(url('/initiatives'), { title, need: 'Invånarna vill göra ärenden digitalt.', areas: ['shared_services'], proposingMemberId: proposer, participantMemberIds: participants })
    expect(response.statusCode, response.body).toBe(201)
    return response.json()
  }
  const finalDocument = (id: string, typeKey: string, values: Record<string, unknown>) => coordinator.post(url(`/initiatives/${id}/documents/${typeKey}/versions`), { values, final: true })
  const boardDecides = (id: string, kind: string, outcome = 'approve') =>
    coordinator.post(url(`/initiatives/${id}/decisions`), { decisionKindId: kinds[kind], bodyId: boardId, decidedOn: today, outcome, reference: '§ 12' })
  const memberDecides = (client: Client, id: string, memberId: string, outcome: string) =>
    client.post(url(`/initiatives/${id}/member-decisions/${memberId}`), { decisionKindId: kinds.start_project, decidedOn: today, outcome, reference: 'KS 2026/118' })
  const advance = async (id: string) => coordinator.post(url(`/initiatives/${id}/advance`), { version: (await detail(id)).version })

  /** Registered, needs inventory final, the board starts the pre-study, and the report is written: built through the use cases. */
  async function atProjectGate(title: string, participants: string[]) {
    const built = await buildInitiative(t.db, collaborationId, { title, proposingMemberId: member.Kalix, participantMemberIds: participants, phase: 'pre_study', atGate: true, bodyId: boardId, on: today })
    expect([built.phaseKey, built.gate!.requiredDocuments.every((d) => d.final)]).toEqual(['pre_study', true])
    expect(built.gate!.name).toBe('Beslut om utvecklingsprojekt')
    return built.id
  }

  it('refuses the first gate with every unmet condition in plain Swedish, and passes it once they are met', async () => {
    const { id } = await register('Gemensam e-tjänsteplattform', [member.Boden, member.Piteå])
    const before = await detail(id)
    expect(before.phaseKey).toBe('idea')
    expect(before.participants.map((p: { name: string }) => p.name)).toEqual(['Boden', 'Kalix', 'Piteå'])

    const refused = await advance(id)
    expect(refused.statusCode).toBe(409)
    expect(refused.headers['content-type']).toContain('application/problem+json')
    expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual(['Behovsinventering saknas.', 'E-nämnden har inte beslutat om Starta förstudie.'])
    expect((await detail(id)).version).toBe(before.version)

    await finalDocument(id, 'needs_inventory', { need: 'Ett gemensamt behov', expected_benefit: 'Färre manuella moment' })
    expect((await boardDecides(id, 'start_pre_study')).statusCode).toBe(201)
    expect((await advance(id)).statusCode).toBe(200)
    const after = await detail(id)
    expect(after.phaseKey).toBe('pre_study')
    expect(after.gate.name).toBe('Beslut om utvecklingsprojekt')
    expect(after.timeline.map((e: { kind: string }) => e.kind)).toEqual(['registered', 'document_version', 'decision_recorded', 'gate_passed', 'phase_entered'])
    // The passage names the decision that opened the gate.
    const passage = after.timeline.find((e: { kind: string }) => e.kind === 'gate_passed')
    expect(passage.decisionIds).toEqual([after.decisions[0].id])
  })

  it('lets a declining member leave at the project gate while the two that approve go on with the board', async () => {
    const id = await atProjectGate('Digital nämndadministration', [member.Boden, member.Piteå])
    expect((await memberDecides(kalixRepresentative, id, member.Kalix, 'reject')).statusCode).toBe(201)
    await memberDecides(coordinator, id, member.Boden, 'approve')
    const waiting = await detail(id)
    expect(waiting.gate.unmet).toEqual(['E-nämnden har inte beslutat om Starta utvecklingsprojekt.', 'Piteå har inte beslutat.'])
    expect(waiting.gate.declined.map((d: { name: string }) => d.name)).toEqual(['Kalix'])
    await memberDecides(coordinator, id, member.Piteå, 'approve')
    await boardDecides(id, 'start_project')
    expect((await advance(id)).statusCode).toBe(200)

    const after = await detail(id)
    expect(after.phaseKey).toBe('project')
    expect(after.participants.map((p: { name: string }) => p.name)).toEqual(['Boden', 'Piteå'])
    expect(after.participations.find((p: { name: string }) => p.name === 'Kalix')).toMatchObject({ state: 'left', leftAtPhase: 'pre_study', leaveReason: 'declined' })

    const kalixView = (await kalixRepresentative.get(url(`/members/${member.Kalix}/initiatives`))).json()
    expect(kalixView.declined).toEqual([{ initiativeId: id, title: 'Digital nämndadministration', phaseName: 'Förstudie', leftOn: expect.any(String) }])
    expect(kalixView.participating.items.map((i: { id: string }) => i.id)).not.toContain(id)
  })

  it('lets a member representative decide for its own member only', async () => {
    const id = await atProjectGate('Gemensamt e-arkiv', [member.Boden, member.Luleå])
    const forOther = await memberDecides(kalixRepresentative, id, member.Boden, 'approve')
    expect(forOther.statusCode).toBe(403)
    expect(forOther.json().code).toBe('forbidden_other_member')
    expect((await detail(id)).gate.memberDecisions.find((d: { name: string }) => d.name === 'Boden').outcome).toBeNull()
    // A body decision is the office's to record, not a representative's.
    expect((await kalixRepresentative.post(url(`/initiatives/${id}/decisions`), { decisionKindId: kinds.start_project, bodyId: boardId, decidedOn: today, outcome: 'approve' })).statusCode).toBe(403)
    expect((await memberDecides(kalixRepresentative, id, member.Kalix, 'approve')).statusCode).toBe(201)
    expect((await detail(id)).gate.memberDecisions.find((d: { name: string }) => d.name === 'Kalix').outcome).toBe('approve')
    // A member that does not take part has no decision to record.
    const stranger = await memberDecides(coordinator, id, member.Piteå, 'approve')
    expect(stranger.statusCode).toBe(409)
    expect(stranger.json().title).toBe('Piteå deltar inte i initiativet.')
  })

  it('lets a member join only at a gate: it decides there with the others and joins when the gate is passed', async () => {
    const id = await atProjectGate('Gemensamt verksamhetssystem för socialtjänsten', [member.Boden])
    const joined = await kalixRepresentative.put(url(`/initiatives/${id}/participants/${member.Luleå}`), {})
    expect(joined.statusCode).toBe(403)
    expect((await coordinator.put(url(`/initiatives/${id}/participants/${member.Luleå}`), {})).statusCode).toBe(200)
    const pending = await detail(id)
    expect(pending.participations.find((p: { name: string }) => p.name === 'Luleå')).toMatchObject({ state: 'joining', joinedAtPhase: null })
    expect(pending.gate.unmet).toContain('Luleå har inte beslutat.')

    // A participant cannot simply walk out between gates; the data stays as it was.
    const walkOut = await kalixRepresentative.delete(url(`/initiatives/${id}/participants/${member.Kalix}`))
    expect(walkOut.statusCode).toBe(409)
    expect(walkOut.json().title).toBe('Kalix deltar och kan lämna initiativet bara vid en grind, genom att avslå där (Beslut om utvecklingsprojekt).')
    expect((await detail(id)).participants).toEqual(pending.participants)

    for (const memberId of [member.Kalix, member.Boden, member.Luleå]) await memberDecides(coordinator, id, memberId, 'approve')
    await boardDecides(id, 'start_project')
    expect((await advance(id)).statusCode).toBe(200)
    const after = await detail(id)
    expect(after.participations.find((p: { name: string }) => p.name === 'Luleå')).toMatchObject({ state: 'active', joinedAtPhase: 'pre_study' })
    expect(after.participants.map((p: { name: string }) => p.name)).toEqual(['Boden', 'Kalix', 'Luleå'])
  })

  it('reminds the members that have not decided, and shows when in the matrix', async () => {
    const id = await atProjectGate('Gemensam kundtjänst', [member.Boden, member.Piteå])
    await memberDecides(coordinator, id, member.Boden, 'approve')
    await memberDecides(coordinator, id, member.Piteå, 'defer')
    const reminded = await coordinator.post(url(`/initiatives/${id}/reminders`))
    expect(reminded.json()).toEqual({ reminded: ['Kalix', 'Piteå'] })
    // Kalix's representative gets the reminder by e-mail, with a link to the initiative.
    const [mail] = smtp.to(kalixEmail)
    expect(mail?.subject).toBe('Påminnelse: Kalixs beslut om Gemensam kundtjänst')
    expect(mail?.text).toContain('Gemensam kundtjänst väntar på Kalixs eget beslut vid grinden Beslut om utvecklingsprojekt.')
    expect(mail?.text).toContain(`https://samverka.test/collaborations/${collaborationId}/initiatives/${id}`)
    const cells = (await coordinator.get(url('/member-decisions'))).json().cells.filter((c: { initiativeId: string }) => c.initiativeId === id)
    const byMember = Object.fromEntries(cells.map((c: { memberId: string }) => [c.memberId, c]))
    expect(byMember[member.Kalix]).toMatchObject({ state: 'pending', remindedAt: expect.any(String) })
    expect(byMember[member.Boden]).toMatchObject({ state: 'approve', remindedAt: null, reference: 'KS 2026/118' })
    expect((await kalixRepresentative.post(url(`/initiatives/${id}/reminders`))).statusCode).toBe(403)
    await memberDecides(coordinator, id, member.Kalix, 'approve')
    await memberDecides(coordinator, id, member.Piteå, 'approve')
    expect((await coordinator.post(url(`/initiatives/${id}/reminders`))).json().title).toBe('Alla deltagare har redan beslutat vid grinden.')
  })

  it('refuses a gate when too few would remain, and keeps everyone where they were', async () => {
    const id = await atProjectGate('Gemensam e-signering', [member.Boden])
    await memberDecides(coordinator, id, member.Kalix, 'approve')
    await memberDecides(coordinator, id, member.Boden, 'reject')
    await boardDecides(id, 'start_project')
    const refused = await advance(id)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().errors).toEqual([{ path: 'gate', message: 'Bara 1 deltagare återstår; 2 krävs.' }])
    const after = await detail(id)
    expect(after.phaseKey).toBe('pre_study')
    expect(after.participants).toHaveLength(2)
  })

  it('catches a concurrent change with the version, and a body without the mandate', async () => {
    const { id, version } = await register('Gemensam kontaktcenterlösning', [member.Boden])
    expect((await coordinator.post(url(`/initiatives/${id}/status`), { version, status: 'paused', reason: 'Inväntar budget' })).statusCode).toBe(200)
    expect((await coordinator.post(url(`/initiatives/${id}/status`), { version, status: 'stopped', reason: 'Dubbelarbete' })).statusCode).toBe(409)
    expect((await detail(id)).status).toBe('paused')

    const office = (await coordinator.post(url('/bodies'), { name: 'E-kontoret', kind: 'programme_office' })).json()
    const refused = await coordinator.post(url(`/initiatives/${id}/decisions`), { decisionKindId: kinds.start_pre_study, bodyId: office.id, decidedOn: today, outcome: 'approve', reference: 'Protokoll § 12' })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0].message).toMatch(/^E-kontoret har inte mandat att besluta om Starta förstudie/)
    const future = await coordinator.post(url(`/initiatives/${id}/decisions`), { decisionKindId: kinds.start_pre_study, bodyId: boardId, decidedOn: '2099-01-01', outcome: 'approve', reference: 'Protokoll § 12' })
    expect(future.json().errors).toEqual([{ path: 'body.decidedOn', message: 'Ett beslut kan inte vara fattat i framtiden. Registrera det när det är fattat.' }])
    expect((await detail(id)).decisions).toEqual([])
  })

  it('validates a structured document against its form, and keeps every version', async () => {
    const { id } = await register('Gemensam webbplattform', [member.Boden])
    const missing = await coordinator.post(url(`/initiatives/${id}/documents/needs_inventory/versions`), { values: { need: '', affected_services: 7 }, final: true })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.values.need', 'body.values.affected_services', 'body.values.expected_benefit'])
    expect((await coordinator.post(url(`/initiatives/${id}/documents/needs_inventory/versions`), { values: { need: 'Utkast' }, final: false })).statusCode).toBe(201)
    const upload = await coordinator.request({ method: 'POST', url: url('/attachments?fileName=workshop.pdf'), payload: Buffer.from('%PDF-1.4 workshop'), headers: { 'content-type': 'application/octet-stream' } })
    expect(upload.statusCode, upload.body).toBe(201)
    const saved = await coordinator.post(url(`/initiatives/${id}/documents/needs_inventory/versions`), { values: { need: 'Klart', expected_benefit: 'Tid' }, final: true, attachmentIds: [upload.json().id] })
    expect(saved.statusCode).toBe(201)
    const document = saved.json().documents.find((d: { typeKey: string }) => d.typeKey === 'needs_inventory')
    expect(document.versions.map((v: { number: number; final: boolean }) => [v.number, v.final])).toEqual([[2, true], [1, false]])
    const download = await coordinator.get(url(`/attachments/${document.versions[0].attachments[0].id}`))
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.body).toBe('%PDF-1.4 workshop')
  })

  it('keeps an initiative on the process version it started under when the model is revised', async () => {
    const { id, processModelId } = await register('Gemensam lärplattform', [member.Boden])
    const model = (await coordinator.get(url(`/processes/${processModelId}`))).json()
    const definition = structuredClone(model.definition)
    definition.phases[0].gate.minParticipants = 3
    const revised = await coordinator.post(url(`/processes/${processModelId}/versions`), { version: model.version, nameSv: model.nameSv, nameEn: model.nameEn, description: model.description, isDefault: true, definition })
    expect(revised.statusCode, revised.body).toBe(201)
    expect(revised.json()).toMatchObject({ version: 2, lineageId: model.lineageId, isDefault: true })
    // Editing from the old version again is a stale edit.
    expect((await coordinator.post(url(`/processes/${processModelId}/versions`), { version: model.version, nameSv: 'X', nameEn: 'X', description: '', isDefault: true, definition })).statusCode).toBe(409)
    expect((await detail(id)).processModelId).toBe(processModelId)
    expect((await detail(id)).gate.minParticipants).toBe(2)
    const newer = await register('Gemensam e-handel', [member.Boden])
    expect(newer.processModelId).toBe(revised.json().id)
    expect(newer.gate.minParticipants).toBe(3)

    const broken = structuredClone(definition)
    broken.phases[0].gate.requiredDocuments = ['project_plan']
    const refused = await coordinator.post(url(`/processes/${revised.json().id}/versions`), { version: 2, nameSv: 'X', nameEn: 'X', description: '', isDefault: true, definition: broken })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0]).toEqual({ path: 'body.definition.phases.0.gate.requiredDocuments.0', message: 'Grinden i Kvalificering av idé kräver dokumentet project_plan, som inte finns i den fasen eller före den.' })
  })

  it('shows the portfolio with filters and a funnel that counts every phase an initiative reached', async () => {
    const all = (await coordinator.get(url('/initiatives'))).json()
    const funnel = all.processes[0].phases.map((p: { key: string; reached: number }) => [p.key, p.reached])
    const total = all.items.length
    expect(all.total).toBe(total)
    expect(funnel[0]).toEqual(['idea', total])
    const reachedPreStudy = all.items.filter((i: { phaseKey: string }) => i.phaseKey !== 'idea').length
    expect(funnel[1]).toEqual(['pre_study', reachedPreStudy])
    const nothing = await coordinator.get(url('/initiatives?q=finns-inte-alls'))
    expect(nothing.statusCode).toBe(200)
    expect(nothing.json()).toMatchObject({ items: [], total: 0 })
    expect(nothing.json().processes[0].phases.map((p: { reached: number }) => p.reached)).toEqual([0, 0, 0, 0, 0, 0])
    const searched = (await coordinator.get(url('/initiatives?q=e-arkiv'))).json()
    expect(searched.items.map((i: { title: string }) => i.title)).toEqual(['Gemensamt e-arkiv'])
    const byMember = (await coordinator.get(url(`/initiatives?memberId=${member.Luleå}`))).json()
    expect(byMember.total).toBeGreaterThan(0)
    for (const item of byMember.items) {
      const participants = (await coordinator.get(url(`/initiatives/${item.id}`))).json().participants
      expect(participants.map((p: { name: string }) => p.name)).toContain('Luleå')
    }
    const matrix = (await coordinator.get(url('/member-decisions'))).json()
    expect(matrix.initiatives.length).toBeGreaterThan(0)
    expect(matrix.cells.every((c: { state: string }) => ['pending', 'approve', 'reject', 'defer'].includes(c.state))).toBe(true)
    // A page of one initiative: its cells only, while the members' pending counts stay those of every page.
    const first = (await coordinator.get(url('/member-decisions?limit=1'))).json()
    expect(first).toMatchObject({ total: matrix.total, page: 1, limit: 1, members: matrix.members })
    expect(first.initiatives).toEqual([matrix.initiatives[0]])
    expect(first.cells).toEqual(matrix.cells.filter((c: { initiativeId: string }) => c.initiativeId === matrix.initiatives[0].id))
  })
})
