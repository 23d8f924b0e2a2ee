import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docxText } from '../../../tests/helpers/docx-text'
import { buildBudget, buildCase, buildCollaboration, buildInitiative, buildMeeting, signedInPerson } from '../../../tests/helpers/factories'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { createTestApp, type Client } from '../../../tests/helpers/test-app'
import { today } from '../../server/clock'
import { setCaseStatus } from '../cases'

const plain = (text: string) => text.replace(/\u00a0/g, ' ')
const binary = { responseType: 'buffer' } as const

describe('the decision basis of a gate', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let initiativeId: string
  let member: Record<string, string>
  let coordinator: Client
  let secretary: Client
  let kalix: Client
  let otherCoordinator: Client
  let otherInitiativeId: string
  let otherCollaborationId: string
  const year = Number(today().slice(0, 4))
  const url = (path = '') => `/api/collaborations/${collaborationId}/initiatives/${initiativeId}/decision-basis${path}`

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { legalForm: 'ideell_forening' })
    collaborationId = built.collaboration.id
    member = built.member
    const initiative = await buildInitiative(t.db, collaborationId, { title: 'Chattbot för kundtjänst', need: 'Kundtjänsterna svarar på samma frågor om och om igen.', proposingMemberId: member.Luleå!, participantMemberIds: [member.Kalix!, member.Jokkmokk!], atGate: true })
    initiativeId = initiative.id
    // 1 000 000,01 kr over three members in equal parts: one of them pays the extra öre.
    await buildBudget(t.db, collaborationId, { year, initiativeId, lines: [{ description: 'Licens och införande', amountOre: 100_000_001 }] })
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator', name: 'Cora Samordnare' })).client
    secretary = (await signedInPerson(t, { collaborationId, role: 'secretary', name: 'Sam Sekreterare' })).client
    kalix = (await signedInPerson(t, { collaborationId, role: 'member_representative', memberId: member.Kalix! })).client
    const other = await buildCollaboration(t.db)
    otherCollaborationId = other.collaboration.id
    otherInitiativeId = (await buildInitiative(t.db, otherCollaborationId, { proposingMemberId: other.members[0]!.id, atGate: true })).id
    otherCoordinator = (await signedInPerson(t, { collaborationId: otherCollaborationId, role: 'coordinator' })).client
  })
  afterAll(() => t.close())

  it('previews the sections with each member’s exact share, summing to the total', async () => {
    const response = await coordinator.get(url())
    expect(response.statusCode, response.body).toBe(200)
    const preview = response.json()
    expect(preview.atGate).toBe(true)
    expect(preview.sections.map((s: { key: string }) => s.key)).toEqual(['background', 'benefits', 'activities', 'costs', 'risks', 'alternatives', 'proposal', 'unmet'])
    expect(preview.costs.totalOre).toBe(100_000_001)
    expect(preview.costs.perMember).toHaveLength(3)
    expect(preview.costs.perMember.reduce((sum: number, m: { totalOre: number }) => sum + m.totalOre, 0) + preview.costs.unallocatedOre).toBe(100_000_001)
    expect(preview.costs.perMember.map((m: { totalOre: number }) => m.totalOre).sort()).toEqual([33_333_333, 33_333_334, 33_333_334].sort())
    expect(preview.unmet.length).toBeGreaterThan(0)
    expect(preview.draftHash).toMatch(/^[0-9a-f]{64}$/)
    const proposal = preview.sections.find((s: { key: string }) => s.key === 'proposal')
    expect(proposal.blocks[1].kind).toBe('numbered')
  })

  it('gives a representative its own member’s variant and the common one, and no other member’s', async () => {
    const own = await kalix.get(url(`?memberId=${member.Kalix}`))
    expect(own.statusCode, own.body).toBe(200)
    expect(own.json().memberName).toBe('Kalix')
    expect(own.json().variants.map((v: { name: string }) => v.name)).toEqual(['Kalix'])
    expect((await kalix.get(url())).statusCode).toBe(200)
    for (const path of ['', '.pdf', '.docx']) {
      const other = await kalix.get(url(`${path}?memberId=${member.Luleå}`))
      expect(other.statusCode, path).toBe(403)
      expect(other.json().code).toBe('forbidden_other_member')
    }
    const stranger = await coordinator.get(url(`?memberId=${member.Luleå!.replace(/.$/, '0')}`))
    expect([400, 403]).toContain(stranger.statusCode)
    expect(stranger.headers['content-type']).toMatch(/problem\+json/)
  })

  it('answers 404 for another collaboration’s initiative and for an initiative under another collaboration', async () => {
    expect((await coordinator.get(`/api/collaborations/${collaborationId}/initiatives/${otherInitiativeId}/decision-basis`)).statusCode).toBe(404)
    expect((await coordinator.post(`/api/collaborations/${collaborationId}/initiatives/${otherInitiativeId}/decision-basis/dispatch`)).statusCode).toBe(404)
    expect((await otherCoordinator.get(`/api/collaborations/${otherCollaborationId}/initiatives/${initiativeId}/decision-basis.pdf`)).statusCode).toBe(404)
  })

  it('lets only the coordinator or the secretary dispatch', async () => {
    expect((await kalix.post(url('/dispatch'))).statusCode).toBe(403)
  })

  it('freezes a dispatched version: registered, linked from the agenda item, and unchanged by later edits', async () => {
    const { meeting, bodyId } = await buildMeeting(t.db, collaborationId, { startsAt: `${year + 1}-02-01T09:00:00+01:00` })
    const caseRow = await buildCase(t.db, collaborationId, { title: 'Chattbot: beslut om genomförande', initiativeId, decidingBodyId: bodyId })
    await setCaseStatus(t.db, caseRow.id, 'ready_for_decision')
    const added = await secretary.post(`/api/collaborations/${collaborationId}/meetings/${meeting.id}/agenda`, { caseId: caseRow.id, title: 'Chattbot: beslut om genomförande' })
    expect(added.statusCode, added.body).toBe(200)

    const draftHash = (await coordinator.get(url())).json().draftHash
    const dispatched = await secretary.post(url('/dispatch'))
    expect(dispatched.statusCode, dispatched.body).toBe(201)
    const version = dispatched.json()
    expect(version.number).toBe(1)
    expect(version.contentHash).toBe(draftHash)
    expect(version.dispatchedBy).toBe('Sam Sekreterare')
    expect(version.registerNumber).toMatch(new RegExp(`^${caseRow.number}-\\d+$`))

    // The register has the entry, naming the hash.
    const registered = (await coordinator.get(`/api/collaborations/${collaborationId}/cases/${caseRow.id}`)).json()
    const entry = registered.entries.find((e: { number: string }) => e.number === version.registerNumber)
    expect(entry.description).toContain(version.contentHash)
    // The agenda item (and the § it becomes) refers to the version and its hash.
    const item = (await coordinator.get(`/api/collaborations/${collaborationId}/meetings/${meeting.id}`)).json().agenda.find((a: { caseId: string }) => a.caseId === caseRow.id)
    expect(item.decisionBasis).toEqual({ versionId: version.id, hash: version.contentHash })

    const files = async () => ({
      pdf: (await coordinator.request({ method: 'GET', url: url(`/versions/${version.id}.pdf`), ...binary })).rawPayload,
      docx: (await coordinator.request({ method: 'GET', url: url(`/versions/${version.id}.docx`), ...binary })).rawPayload,
    })
    const before = await files()
    const pdfText = plain((await pdfPages(before.pdf)).join('\n'))
    expect(pdfText).toContain(version.contentHash)
    expect(pdfText).toContain('Chattbot för kundtjänst')
    expect(docxText(before.docx)).toContain(version.contentHash)

    // A later change to the initiative changes the draft's hash, not the frozen version.
    const detail = (await coordinator.get(`/api/collaborations/${collaborationId}/initiatives/${initiativeId}`)).json()
    const changed = await coordinator.patch(`/api/collaborations/${collaborationId}/initiatives/${initiativeId}`, { title: detail.title, need: 'Ett helt nytt behov.', description: detail.description, areas: detail.areas, projectManager: detail.projectManager, gateDueOn: detail.gateDueOn, version: detail.version })
    expect(changed.statusCode, changed.body).toBe(200)
    expect((await coordinator.get(url())).json().draftHash).not.toBe(version.contentHash)
    const after = await files()
    expect(after.pdf.equals(before.pdf)).toBe(true)
    expect(after.docx.equals(before.docx)).toBe(true)

    const versions = (await kalix.get(url('/versions'))).json()
    expect(versions).toEqual([expect.objectContaining({ id: version.id, contentHash: version.contentHash, registerNumber: version.registerNumber })])

    // The member's variant of the frozen version prints the member's own share, with the same hash.
    const kalixShare = (await coordinator.get(url())).json().costs.perMember.find((m: { memberId: string }) => m.memberId === member.Kalix).totalOre
    const variant = await kalix.request({ method: 'GET', url: url(`/versions/${version.id}.docx?memberId=${member.Kalix}`), ...binary })
    expect(variant.statusCode).toBe(200)
    const variantText = plain(docxText(variant.rawPayload))
    expect(variantText).toContain(`Kalix andel av kostnaden är ${(kalixShare / 100).toLocaleString('sv-SE').replace(/\u00a0/g, ' ')}`)
    expect(variantText).toContain(version.contentHash)
  })

  it('refuses bad input as problem+json', async () => {
    const bad = await coordinator.get(url('?memberId=not-a-uuid'))
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toMatch(/problem\+json/)
    const missing = await coordinator.get(url('/versions/00000000-0000-4000-8000-000000000000.pdf'))
    expect(missing.statusCode).toBe(404)
  })
})
