import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBody, buildCollaboration, buildInitiative, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { today as swedishToday } from '../../server/clock'
import { risksForDecisionBasis } from './index'

const today = swedishToday()
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const aRisk = (overrides: Record<string, unknown> = {}) => ({
  kind: 'risk',
  title: 'Arkivpersonalen hinner inte utbildas',
  category: 'change_management',
  cause: 'Utbildningen krockar med semesterperioden.',
  consequence: 'E-arkivet tas i bruk utan att handlingar levereras rätt.',
  probabilityBefore: 3,
  consequenceBefore: 4,
  ownerName: 'Anna Arkivarie',
  strategy: 'reduce',
  measures: '',
  nextReview: inDays(30),
  ...overrides,
})

describe('the risk register', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<string, string>
  let initiativeId: string
  let coordinator: { id: string; client: Client }
  let kalixRep: { id: string; client: Client }
  let base: string

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db)
    collaborationId = built.collaboration.id
    member = built.member
    const initiative = await buildInitiative(t.db, collaborationId, { proposingMemberId: member.Kalix!, participantMemberIds: [member.Kalix!, member.Luleå!], title: 'Införande av e-arkiv' })
    initiativeId = initiative.id
    coordinator = await signedInPerson(t, { collaborationId, role: 'coordinator', name: 'Karin Koordinator' })
    kalixRep = await signedInPerson(t, { collaborationId, role: 'member_representative', memberId: member.Kalix })
    base = `/api/collaborations/${collaborationId}/initiatives/${initiativeId}/risks`
  })
  afterAll(() => t.close())

  it('computes the scores on the server, and lists the register highest current score first', async () => {
    const low = await coordinator.client.post(base, aRisk({ title: 'Leverantören byter plattform', category: 'supplier', probabilityBefore: 2, consequenceBefore: 2 }))
    expect(low.statusCode, low.body).toBe(201)
    const high = await coordinator.client.post(base, aRisk({ probabilityBefore: 4, consequenceBefore: 3, measures: 'Utbildning före sommaren', probabilityAfter: 2, consequenceAfter: 3, ownerUserId: coordinator.id, ownerName: '' }))
    expect(high.statusCode, high.body).toBe(201)
    expect(high.json()).toMatchObject({ scoreBefore: 12, scoreAfter: 6, currentScore: 6, level: 'medium', ownerName: 'Karin Koordinator', escalation: null })
    const list = (await coordinator.client.get(base)).json()
    expect(list.items.map((r: { currentScore: number }) => r.currentScore)).toEqual([6, 4])
    expect(list).toMatchObject({ threshold: 15, mayEdit: true, editableMemberIds: null })
  })

  it('refuses bad input with problem+json naming the field', async () => {
    const halfAssessed = await coordinator.client.post(base, aRisk({ probabilityAfter: 2, measures: 'Något' }))
    expect(halfAssessed.statusCode).toBe(400)
    expect(halfAssessed.headers['content-type']).toContain('application/problem+json')
    expect(halfAssessed.json().errors).toEqual([expect.objectContaining({ path: 'body.consequenceAfter' })])
    const wrongStrategy = await coordinator.client.post(base, aRisk({ kind: 'opportunity', strategy: 'avoid' }))
    expect(wrongStrategy.json().errors).toEqual([expect.objectContaining({ path: 'body.strategy' })])
    const noOwner = await coordinator.client.post(base, aRisk({ ownerName: '' }))
    expect(noOwner.json().errors).toEqual([expect.objectContaining({ path: 'body.ownerName' })])
    const outsider = await coordinator.client.post(base, aRisk({ memberId: member.Jokkmokk }))
    expect(outsider.json().errors).toEqual([expect.objectContaining({ path: 'body.memberId', message: 'Medlemmen deltar inte i initiativet.' })])
    const tooHigh = await coordinator.client.post(base, aRisk({ probabilityBefore: 6 }))
    expect(tooHigh.statusCode).toBe(400)
  })

  it('lets a member representative record and change risks concerning its own member only', async () => {
    const own = await kalixRep.client.post(base, aRisk({ memberId: member.Kalix, title: 'Kalix eget beslut dröjer' }))
    expect(own.statusCode, own.body).toBe(201)
    const other = await kalixRep.client.post(base, aRisk({ memberId: member.Luleå }))
    expect(other.statusCode).toBe(403)
    expect(other.json().code).toBe('forbidden_other_member')
    const none = await kalixRep.client.post(base, aRisk())
    expect(none.statusCode).toBe(400)
    // Nor may it move its own risk to another member, or change the collaboration's risks.
    const moved = await kalixRep.client.patch(`${base}/${own.json().id}`, { ...aRisk({ memberId: member.Luleå }), version: own.json().version })
    expect(moved.statusCode).toBe(403)
    const lulea = await coordinator.client.post(base, aRisk({ memberId: member.Luleå, title: 'Luleås arkivredovisning saknas' }))
    const edited = await kalixRep.client.patch(`${base}/${lulea.json().id}`, { ...aRisk({ memberId: member.Luleå }), version: lulea.json().version })
    expect(edited.statusCode).toBe(403)
    expect((await kalixRep.client.get(base)).json()).toMatchObject({ mayEdit: true, editableMemberIds: [member.Kalix] })
  })

  it('answers 409 to a stale version', async () => {
    const created = (await coordinator.client.post(base, aRisk({ title: 'Migreringen tar längre tid' }))).json()
    const first = await coordinator.client.patch(`${base}/${created.id}`, { ...aRisk({ title: 'Migreringen tar längre tid', consequenceBefore: 5 }), version: created.version })
    expect(first.statusCode, first.body).toBe(200)
    const second = await coordinator.client.patch(`${base}/${created.id}`, { ...aRisk({ title: 'Migreringen tar längre tid' }), version: created.version })
    expect(second.statusCode).toBe(409)
    const close = await coordinator.client.post(`${base}/${created.id}/close`, { version: created.version, reason: 'Hanterad' })
    expect(close.statusCode).toBe(409)
  })

  it('escalates a score rising above the threshold once, at the lowest rung of the escalation chain', async () => {
    const board = await buildBody(t.db, collaborationId, { name: 'Direktionen', kind: 'direktion' })
    const steering = await buildBody(t.db, collaborationId, { name: 'Styrgruppen', kind: 'steering_group' })
    await t.db.query('update body set escalates_to_body_id = $2 where id = $1', [steering.id, board.id])
    const created = (await coordinator.client.post(base, aRisk({ title: 'Leverantören går i konkurs', category: 'supplier', probabilityBefore: 3, consequenceBefore: 5 }))).json()
    expect(created).toMatchObject({ currentScore: 15, escalation: null })

    const risen = await coordinator.client.patch(`${base}/${created.id}`, { ...aRisk({ title: 'Leverantören går i konkurs', category: 'supplier', probabilityBefore: 4, consequenceBefore: 5 }), version: created.version })
    expect(risen.statusCode, risen.body).toBe(200)
    expect(risen.json()).toMatchObject({ currentScore: 20, level: 'very_high', escalation: { status: 'open', bodyName: 'Styrgruppen' } })
    const disagreements = await t.db.query<{ id: string; title: string; current_body_id: string }>('select id, title, current_body_id from disagreement where collaboration_id = $1', [collaborationId])
    expect(disagreements).toEqual([{ id: risen.json().escalation.disagreementId, title: 'Risk över tröskelvärdet: Leverantören går i konkurs', current_body_id: steering.id }])

    // Still above: no second one while it is open.
    const higher = await coordinator.client.patch(`${base}/${created.id}`, { ...aRisk({ title: 'Leverantören går i konkurs', category: 'supplier', probabilityBefore: 5, consequenceBefore: 5 }), version: risen.json().version })
    expect(higher.json().escalation.disagreementId).toBe(risen.json().escalation.disagreementId)
    expect(await t.db.query('select id from disagreement where collaboration_id = $1', [collaborationId])).toHaveLength(1)

    // It climbs the chain with the disagreement's own action.
    const version = (await coordinator.client.get(`/api/collaborations/${collaborationId}/disagreements`)).json()[0].version
    const climbed = await coordinator.client.post(`/api/collaborations/${collaborationId}/disagreements/${risen.json().escalation.disagreementId}/escalate`, { version, reason: 'Styrgruppen kan inte besluta om ny leverantör.' })
    expect(climbed.statusCode, climbed.body).toBe(200)
    expect((await coordinator.client.get(base)).json().items.find((r: { id: string }) => r.id === created.id).escalation.bodyName).toBe('Direktionen')
  })

  it('makes an overdue review a duty of its owner, discharged by recording a review', async () => {
    const owner = await signedInPerson(t, { collaborationId, role: 'project_manager', name: 'Petra Projektledare' })
    const created = (await coordinator.client.post(base, aRisk({ title: 'Gallringen görs inte före leverans', ownerUserId: owner.id, nextReview: inDays(-2) }))).json()
    const todo = (await owner.client.get('/api/me/todo')).json()
    expect(todo.items).toEqual([
      expect.objectContaining({ kind: 'risk_review', text: 'Granska risken: Gallringen görs inte före leverans (Införande av e-arkiv)', dueOn: inDays(-2), overdue: true, link: `/collaborations/${collaborationId}/initiatives/${initiativeId}#risks` }),
    ])
    expect(created.reviewOverdue).toBe(true)
    const past = await owner.client.post(`${base}/${created.id}/review`, { version: created.version, probabilityBefore: 2, consequenceBefore: 4, nextReview: today })
    expect(past.json().errors).toEqual([expect.objectContaining({ path: 'body.nextReview' })])
    const reviewed = await owner.client.post(`${base}/${created.id}/review`, { version: created.version, probabilityBefore: 2, consequenceBefore: 4, nextReview: inDays(60) })
    expect(reviewed.statusCode, reviewed.body).toBe(200)
    expect(reviewed.json()).toMatchObject({ currentScore: 8, lastReviewedOn: today, nextReview: inDays(60), reviewOverdue: false })
    expect((await owner.client.get('/api/me/todo')).json().items.filter((d: { kind: string }) => d.kind === 'risk_review')).toEqual([])
  })

  it('counts in the matrices exactly the open risks the list has, per cell and filtered', async () => {
    const matrix = (await coordinator.client.get(`${base}/matrix`)).json()
    const list = (await coordinator.client.get(`/api/collaborations/${collaborationId}/risks?initiativeId=${initiativeId}&limit=200`)).json()
    expect(matrix.cells).toHaveLength(25)
    expect(matrix.total).toBe(list.total)
    for (const cell of matrix.cells) {
      const inCell = list.items.filter((r: { probabilityAfter: number | null; probabilityBefore: number; consequenceAfter: number | null; consequenceBefore: number }) => (r.probabilityAfter ?? r.probabilityBefore) === cell.probability && (r.consequenceAfter ?? r.consequenceBefore) === cell.consequence)
      expect(inCell.length, `${cell.probability}×${cell.consequence}`).toBe(cell.count)
    }
    const portfolio = (await coordinator.client.get(`/api/collaborations/${collaborationId}/risks/matrix`)).json()
    expect(portfolio.total).toBe(matrix.total)
    const veryHigh = (await coordinator.client.get(`/api/collaborations/${collaborationId}/risks?level=very_high`)).json()
    expect(veryHigh.items.map((r: { title: string }) => r.title)).toEqual(['Leverantören går i konkurs'])
    const kalix = (await coordinator.client.get(`/api/collaborations/${collaborationId}/risks/matrix?memberId=${member.Kalix}`)).json()
    expect(kalix.total).toBe(1)
    const page = (await coordinator.client.get(`/api/collaborations/${collaborationId}/risks?limit=2&page=2`)).json()
    expect(page).toMatchObject({ page: 2, limit: 2, total: list.total })
    expect(page.items.map((r: { id: string }) => r.id)).toEqual(list.items.slice(2, 4).map((r: { id: string }) => r.id))
  })

  it('gives the decision basis every risk, highest current score first', async () => {
    const basis = await risksForDecisionBasis(t.db, collaborationId, initiativeId)
    expect(basis[0]).toMatchObject({ title: 'Leverantören går i konkurs', scoreBefore: 25, scoreAfter: null, status: 'open', ownerName: 'Anna Arkivarie' })
    const scores = basis.map((r) => r.scoreAfter ?? r.scoreBefore)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(basis.find((r) => r.title === 'Kalix eget beslut dröjer')).toMatchObject({ memberId: member.Kalix, memberName: expect.stringContaining('Kalix') })
  })

  it('lets the coordinator set the threshold, 409 when stale, 400 outside 1–25', async () => {
    const url = `/api/collaborations/${collaborationId}/risk-settings`
    const settings = (await coordinator.client.get(url)).json()
    expect(settings.threshold).toBe(15)
    expect((await coordinator.client.put(url, { version: settings.version, threshold: 26 })).statusCode).toBe(400)
    const saved = await coordinator.client.put(url, { version: settings.version, threshold: 12 })
    expect(saved.json()).toMatchObject({ threshold: 12, version: settings.version + 1 })
    expect((await coordinator.client.put(url, { version: settings.version, threshold: 10 })).statusCode).toBe(409)
    expect((await kalixRep.client.put(url, { version: saved.json().version, threshold: 10 })).statusCode).toBe(403)
  })

  it('withholds information-security risks from readers outside the collaboration (OSL 18:8), and shows them to its people', async () => {
    const secret = await coordinator.client.post(base, aRisk({ title: 'Inloggningen saknar tvåfaktorsautentisering', category: 'information_security', probabilityBefore: 5, consequenceBefore: 1 }))
    expect(secret.statusCode, secret.body).toBe(201)
    const titles = (client: Client, url: string) => client.get(url).then((r) => r.json().items.map((risk: { title: string }) => risk.title))
    const portfolio = `/api/collaborations/${collaborationId}/risks`
    const publicReader = new Client(t.app)
    expect(await titles(kalixRep.client, base)).toContain('Inloggningen saknar tvåfaktorsautentisering')
    expect(await titles(publicReader, base)).not.toContain('Inloggningen saknar tvåfaktorsautentisering')
    expect(await titles(publicReader, base)).toHaveLength((await titles(kalixRep.client, base)).length - 1)
    expect(await titles(publicReader, portfolio)).not.toContain('Inloggningen saknar tvåfaktorsautentisering')
    const cell = async (client: Client, url: string) => (await client.get(url)).json().cells.flat().find((c: { probability: number; consequence: number }) => c.probability === 5 && c.consequence === 1)?.count ?? 0
    expect(await cell(kalixRep.client, `${base}/matrix`)).toBe(1)
    expect(await cell(publicReader, `${base}/matrix`)).toBe(0)
    expect(await cell(publicReader, `${portfolio}/matrix`)).toBe(0)
    const closed = await coordinator.client.post(`${base}/${secret.json().id}/close`, { version: secret.json().version, reason: 'Tvåfaktor infört' })
    expect(closed.statusCode, closed.body).toBe(200)
  })
})
