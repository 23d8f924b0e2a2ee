import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildCollaboration, buildRound, buildUser, grantRole, TEST_PASSWORD, type ProposalSpec } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import type { StageKey } from './stages'
import { today } from '../../server/clock'

const thisYear = Number(new Date().toISOString().slice(0, 4))
const kr = (kronor: number) => kronor * 100

// Kalix, Boden, Piteå and Luleå plan next year's joint work: propose, co-sign, screen, prioritise, adopt.
// Each test builds its own collaboration and a round already at the stage it starts from (buildRound).
describe('an annual planning round from proposals to the adopted plan', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<'Kalix' | 'Boden' | 'Piteå' | 'Luleå', string>
  let coordinator: Client
  const rep: Partial<Record<'Kalix' | 'Boden' | 'Luleå', Client>> = {}
  let roundId: string
  let proposal: Record<string, string> = {}

  const users: Partial<Record<'coordinator' | 'Kalix' | 'Boden' | 'Luleå', string>> = {}

  // The people sign in once (logins are rate-limited per client); each test gives them their roles in a collaboration of its own.
  beforeAll(async () => {
    t = await createTestApp()
    const coordinatorUser = await buildUser(t.db)
    users.coordinator = coordinatorUser.id
    coordinator = await new Client(t.app).logIn(coordinatorUser.email, TEST_PASSWORD)
    for (const name of ['Kalix', 'Boden', 'Luleå'] as const) {
      const user = await buildUser(t.db)
      users[name] = user.id
      rep[name] = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    }
  })
  beforeEach(async () => {
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581', '2580'] })
    collaborationId = built.collaboration.id
    member = built.member as typeof member
    await grantRole(t.db, { collaborationId, userId: users.coordinator!, role: 'coordinator' })
    for (const name of ['Kalix', 'Boden', 'Luleå'] as const) {
      await grantRole(t.db, { collaborationId, userId: users[name]!, role: 'member_representative', memberId: member[name] })
    }
  })
  afterAll(() => t.close())

  /** The four proposals of the story: bygglov (Kalix with Boden), arkiv (Luleå), chatt (Piteå with Luleå and Kalix), dubbel (Boden, merged into bygglov). */
  const storyProposals = (): ProposalSpec[] => [
    { key: 'bygglov', memberId: member.Kalix, title: 'Gemensam e-tjänst för bygglov', estimatedCostOre: kr(600_000), cosignerIds: [member.Boden] },
    { key: 'arkiv', memberId: member.Luleå, title: 'Gemensamt e-arkiv för skolan', estimatedCostOre: kr(500_000) },
    { key: 'chatt', memberId: member.Piteå, title: 'Chattbot för invånarfrågor', estimatedCostOre: kr(300_000), cosignerIds: [member.Luleå, member.Kalix] },
    { key: 'dubbel', memberId: member.Boden, title: 'E-tjänst för bygglov i Boden', estimatedCostOre: kr(100_000), screening: { screening: 'merged', mergedInto: 'bygglov', reason: 'Samma behov som förslag 1.' } },
  ]
  /** The round of next year at `stage`, with the story's proposals and, once published, Kalix's, Boden's and Luleå's points. */
  async function roundAt(stage: StageKey | 'not_started', options: { proposals?: boolean } = {}) {
    const built = await buildRound(t.db, collaborationId, {
      year: thisYear + 1,
      title: `Handlingsplan ${thisYear + 1}`,
      pointsPerMember: 100,
      minMembers: 2,
      budgetFrameOre: kr(1_000_000),
      stage,
      proposals: options.proposals === false ? [] : storyProposals(),
      points: {
        [member.Kalix]: { bygglov: 70, chatt: 30 },
        [member.Boden]: { bygglov: 50, arkiv: 50 },
        [member.Luleå]: { arkiv: 40, chatt: 60 },
      },
    })
    expect(built.round.stage).toBe(stage)
    roundId = built.round.id
    proposal = built.proposalIds
  }

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const roundUrl = (path = '') => url(`/planning/rounds/${roundId}${path}`)
  const round = async () => (await coordinator.get(roundUrl())).json()
  const openStage = async (stage: string) => {
    const response = await coordinator.post(roundUrl('/stage'), { version: (await round()).version, stage })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().stage).toBe(stage)
  }
  const propose = (client: Client, memberId: string, title: string, costKr: number, cosignerIds: string[] = []) =>
    client.post(roundUrl(`/members/${memberId}/proposals`), { title, need: `Behovet bakom ${title.toLowerCase()} är stort i alla kommuner.`, areas: ['shared_services'], estimatedCostOre: kr(costKr), itSupported: true, jurisdictionIntact: true, notInEarlierPlan: true, cosignerIds })

  it('refuses a ranking round counted by points, which has no points to sum', async () => {
    await roundAt('not_started', { proposals: false })
    const refused = await coordinator.post(url('/planning/rounds'), { year: thisYear + 5, title: 'Rangordning med poäng', ballotKind: 'ranking', method: 'points', budgetFrameOre: 0 })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0]).toMatchObject({ path: 'body.method' })
    expect((await coordinator.get(url('/planning/rounds'))).json()).toHaveLength(1)
  })

  it('refuses a second round for a year, naming the round that has it and the next free year, and changes nothing', async () => {
    await roundAt('not_started', { proposals: false })
    const again = await coordinator.post(url('/planning/rounds'), { year: thisYear + 1, title: 'En andra plan', ballotKind: 'points', method: 'points', budgetFrameOre: 0 })
    expect(again.statusCode).toBe(409)
    expect(again.json().errors).toEqual([
      { path: 'body.year', message: `Det finns redan en planeringsrunda för ${thisYear + 1}: ”Handlingsplan ${thisYear + 1}”. Öppna den, eller välj ett annat år (nästa lediga är ${thisYear + 2}).` },
    ])
    expect((await coordinator.get(url('/planning/rounds'))).json().map((r: { title: string }) => r.title)).toEqual([`Handlingsplan ${thisYear + 1}`])
  })

  it('takes no proposals before the round opens, and names the stage it is in', async () => {
    await roundAt('not_started', { proposals: false })
    expect((await round()).stage).toBe('not_started')
    const early = await propose(rep.Kalix!, member.Kalix, 'Gemensam e-tjänst för bygglov', 600_000)
    expect(early.statusCode).toBe(409)
    expect(early.json().detail).toMatch(/inte startad/)
  })

  it('takes proposals with co-signers while open, each representative only for its own member', async () => {
    await roundAt('not_started', { proposals: false })
    await openStage('proposals_open')
    expect((await round()).allowed).toEqual(['submit_proposal', 'cosign'])
    const bygglov = await propose(rep.Kalix!, member.Kalix, 'Gemensam e-tjänst för bygglov', 600_000, [member.Boden])
    expect(bygglov.statusCode, bygglov.body).toBe(201)
    proposal.bygglov = bygglov.json().id
    // Kalix invited Boden, but Boden signs for itself; until then Boden's representative is asked to.
    expect(bygglov.json()).toMatchObject({ number: 1, cosigners: [], invited: [{ name: 'Boden' }], membersConcerned: 1, enoughMembers: false })
    const asked = (await rep.Boden!.get('/api/notifications')).json()
    expect(asked.find((n: { kind: string }) => n.kind === 'cosign_requested').text).toMatch(/Kalix ber er medunderteckna förslag 1/)
    expect((await rep.Kalix!.put(roundUrl(`/proposals/${proposal.bygglov}/cosigners/${member.Boden}`))).statusCode).toBe(403)
    const signed = await rep.Boden!.put(roundUrl(`/proposals/${proposal.bygglov}/cosigners/${member.Boden}`))
    expect(signed.json()).toMatchObject({ invited: [], membersConcerned: 2, enoughMembers: true })
    expect((await rep.Boden!.get('/api/notifications')).json().some((n: { kind: string }) => n.kind === 'cosign_requested')).toBe(false)

    expect((await propose(rep.Kalix!, member.Luleå, 'Inte Kalix förslag', 1)).statusCode).toBe(403)
    proposal.arkiv = (await propose(rep.Luleå!, member.Luleå, 'Gemensamt e-arkiv för skolan', 500_000)).json().id
    proposal.chatt = (await propose(coordinator, member.Piteå, 'Chattbot för invånarfrågor', 300_000, [member.Luleå, member.Kalix])).json().id
    proposal.dubbel = (await propose(rep.Boden!, member.Boden, 'E-tjänst för bygglov i Boden', 100_000)).json().id
    expect((await round()).proposals.map((p: { number: number }) => p.number)).toEqual([1, 2, 3, 4])

    // The fourth criterion: earlier proposals with the same words are found.
    const similar = (await rep.Kalix!.get(url('/planning/similar-proposals?q=bygglovet via e-tjänster'))).json()
    expect(similar.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([proposal.bygglov, proposal.dubbel]))
  })

  it('refuses proposals after the close and leaves the round as it was', async () => {
    await roundAt('proposals_open')
    await openStage('proposals_closed')
    const before = await round()
    const late = await propose(rep.Kalix!, member.Kalix, 'För sent inkommet förslag', 10_000)
    expect(late.statusCode).toBe(409)
    expect((await round()).proposals).toEqual(before.proposals)
  })

  it('lets the coordinator screen: accept, merge with a reason, never reject without one', async () => {
    await roundAt('proposals_closed')
    const screen = (id: string, body: object) => coordinator.post(roundUrl(`/proposals/${id}/screening`), { version: 1, ...body })
    expect((await screen(proposal.arkiv!, { screening: 'rejected' })).statusCode).toBe(400)
    for (const id of [proposal.bygglov!, proposal.arkiv!, proposal.chatt!]) expect((await screen(id, { screening: 'accepted' })).statusCode).toBe(200)
    const merged = await screen(proposal.dubbel!, { screening: 'merged', mergedIntoId: proposal.bygglov, reason: 'Samma behov som förslag 1.' })
    expect(merged.json()).toMatchObject({ screening: 'merged', mergedIntoId: proposal.bygglov })
  })

  it('keeps each member’s priorities sealed until the close, and checks them', async () => {
    await roundAt('screened')
    await openStage('published')
    const notes = (await rep.Kalix!.get('/api/notifications')).json()
    expect(notes.some((n: { kind: string; read: boolean }) => n.kind === 'prioritisation_missing' && !n.read)).toBe(true)
    // Opened by hand today, not on its scheduled date next year.
    expect(notes.find((n: { kind: string }) => n.kind === 'stage_opened').since).toBe(today())

    const give = (client: Client, memberId: string, points: Record<string, number>, version: number | null = null) => client.put(roundUrl(`/priorities/${memberId}`), { points, version })
    const tooMany = await give(rep.Kalix!, member.Kalix, { [proposal.bygglov!]: 80, [proposal.chatt!]: 40 })
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json().errors[0].message).toMatch(/högst 100 poäng/)
    expect((await give(rep.Kalix!, member.Kalix, { [proposal.dubbel!]: 10 })).statusCode).toBe(400)
    const kalix = await give(rep.Kalix!, member.Kalix, { [proposal.bygglov!]: 70, [proposal.chatt!]: 30 })
    expect(kalix.statusCode, kalix.body).toBe(200)
    await give(rep.Boden!, member.Boden, { [proposal.bygglov!]: 50, [proposal.arkiv!]: 50 })
    await give(rep.Luleå!, member.Luleå, { [proposal.arkiv!]: 40, [proposal.chatt!]: 60 })
    // Changing from a version someone else has replaced is refused.
    expect((await give(rep.Kalix!, member.Kalix, { [proposal.bygglov!]: 100 }, 0)).statusCode).toBe(409)

    expect((await rep.Kalix!.get(roundUrl(`/priorities/${member.Kalix}`))).json().points).toEqual({ [proposal.bygglov!]: 70, [proposal.chatt!]: 30 })
    const peek = await rep.Kalix!.get(roundUrl(`/priorities/${member.Boden}`))
    expect(peek.statusCode).toBe(403)
    expect(peek.json().code).toBe('priorities_sealed')
    expect((await coordinator.get(roundUrl(`/priorities/${member.Boden}`))).statusCode).toBe(403)
    expect((await coordinator.get(roundUrl('/results'))).statusCode).toBe(409)
    expect((await coordinator.get(roundUrl('/results/members'))).statusCode).toBe(409)
    expect((await round()).prioritised.map((p: { name: string }) => p.name).sort()).toEqual(['Boden', 'Kalix', 'Luleå'])
  })

  it('after the close shows every member’s input and the ranking fitted to the frame, skipping what does not fit', async () => {
    await roundAt('published')
    await openStage('prioritisation_closed')
    expect((await rep.Kalix!.get(roundUrl(`/priorities/${member.Boden}`))).json().points).toEqual({ [proposal.bygglov!]: 50, [proposal.arkiv!]: 50 })
    const results = (await rep.Kalix!.get(roundUrl('/results'))).json()
    // bygglov 120, arkiv 90, chatt 90 (arkiv and chatt tie on points and supporters; arkiv was submitted first).
    expect(results.ranking.map((r: { title: string; score: number }) => [r.title, r.score])).toEqual([
      ['Gemensam e-tjänst för bygglov', 120],
      ['Gemensamt e-arkiv för skolan', 90],
      ['Chattbot för invånarfrågor', 90],
    ])
    expect(results.ranking[2].tieBrokenBy).toBe('number')
    // 1 000 000 kr: bygglov 600 000 fits, arkiv 500 000 does not, chatt 300 000 does.
    expect(results.ranking.map((r: { fit: string }) => r.fit)).toEqual(['funded', 'bank', 'funded'])
    expect(results).toMatchObject({ usedOre: kr(900_000), leftOre: kr(100_000), abstained: [{ name: 'Piteå' }] })
    expect(results.description).toMatch(/poäng/i)
    const borda = (await rep.Kalix!.get(roundUrl('/results?method=borda&weighting=population'))).json()
    expect(borda).toMatchObject({ method: 'borda', weighting: 'population' })
    // The results say how many prioritised; each member's input is not repeated on every request.
    expect(results.voted).toBe(3)
    expect(results).not.toHaveProperty('ballots')
    expect(results.ranking[0]).not.toHaveProperty('perMember')
  })

  it('pages the members’ priorities by name, each with what it gave each proposal, adding up to the ranking’s scores', async () => {
    await roundAt('prioritisation_closed')
    const inputs = async (query: string) => {
      const response = await rep.Kalix!.get(roundUrl(`/results/members?${query}`))
      expect(response.statusCode, response.body).toBe(200)
      return response.json() as { items: { memberId: string; memberName: string; points: Record<string, number> | null; scores: { proposalId: string; score: number }[] }[]; total: number; page: number; limit: number }
    }
    const first = await inputs('limit=2')
    const second = await inputs('limit=2&page=2')
    expect([first.total, first.page, first.limit, second.total, second.page]).toEqual([3, 1, 2, 3, 2])
    expect([...first.items, ...second.items].map((i) => i.memberName)).toEqual(['Boden', 'Kalix', 'Luleå'])
    expect((await inputs('limit=2&page=3')).items).toEqual([])
    expect(first.items[1]!.points).toEqual({ [proposal.bygglov!]: 70, [proposal.chatt!]: 30 })

    for (const view of ['', 'method=borda&weighting=population']) {
      const results = (await rep.Kalix!.get(roundUrl(`/results?${view}`))).json()
      const all = (await inputs(`limit=200&${view}`)).items
      for (const ranked of results.ranking) {
        const sum = all.reduce((total, input) => total + input.scores.find((s) => s.proposalId === ranked.proposalId)!.score, 0)
        expect([view, ranked.title, sum]).toEqual([view, ranked.title, ranked.score])
      }
    }
    expect((await rep.Kalix!.get(roundUrl('/results/members?limit=201'))).statusCode).toBe(400)
  })

  it('adopts the plan: funded proposals become initiatives with their co-signers, the rest go to the project bank', async () => {
    await roundAt('prioritisation_closed')
    await openStage('proposed_to_steering_body')
    const adopted = await coordinator.post(roundUrl('/plan'), { version: (await round()).version, adoptedOn: today(), reference: '§ 14', goals: 'Fler ärenden digitalt.' })
    expect(adopted.statusCode, adopted.body).toBe(200)
    const plan = adopted.json()
    expect(plan.activities.map((a: { title: string }) => a.title)).toEqual(['Gemensam e-tjänst för bygglov', 'Chattbot för invånarfrågor'])
    expect(plan.activities[1].participants).toEqual(['Piteå', 'Luleå', 'Kalix'])
    expect(plan.bank.map((b: { title: string }) => b.title)).toEqual(['Gemensamt e-arkiv för skolan'])
    const initiative = (await coordinator.get(url(`/initiatives/${plan.activities[0].initiativeId}`))).json()
    expect(initiative.title).toBe('Gemensam e-tjänst för bygglov')
    expect(initiative.participants.map((p: { name: string }) => p.name).sort()).toEqual(['Boden', 'Kalix'])
    expect((await coordinator.post(roundUrl('/plan'), { version: (await round()).version, adoptedOn: plan.adoptedOn })).statusCode).toBe(409)
    const bank = (await coordinator.get(url('/planning/project-bank'))).json()
    expect(bank.map((b: { title: string }) => b.title)).toEqual(['Gemensamt e-arkiv för skolan'])

    const approve = await rep.Kalix!.put(roundUrl(`/approvals/${member.Kalix}`), { outcome: 'approve', decidedOn: plan.adoptedOn, reference: 'KF § 88' })
    expect(approve.statusCode, approve.body).toBe(200)
    expect(approve.json().approvals.find((a: { name: string }) => a.name === 'Kalix')).toMatchObject({ outcome: 'approve', reference: 'KF § 88' })
    expect((await rep.Kalix!.put(roundUrl(`/approvals/${member.Boden}`), { outcome: 'approve', decidedOn: plan.adoptedOn })).statusCode).toBe(403)

    const pdf = await coordinator.get(roundUrl('/plan.pdf'))
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
  })
})
