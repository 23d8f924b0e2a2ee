import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildBody, buildCollaboration, buildMeeting, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import type { BudgetDetail, InvoiceBasis } from './finance.schema'

// The clock reads 9 December 2026, the day of the nämnd's December meeting.
describe('a budget is adopted by a decision, and reopened only by the coordinator with a reason', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<string, string>
  let coordinator: Client
  let office: Client
  let kalixEkonom: Client
  let keyId: string
  const paragraphs: Record<string, string> = {}

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T10:00:00+01:00'))
    t = await createTestApp()
    const built = await buildCollaboration(t.db)
    collaborationId = built.collaboration.id
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id]))
    const logIn = async (role: 'coordinator' | 'finance_officer', memberId: string | null = null) => {
      return (await signedInPerson(t, { collaborationId, role, memberId })).client
    }
    coordinator = await logIn('coordinator')
    office = await logIn('finance_officer')
    kalixEkonom = await logIn('finance_officer', member.Kalix!)

    // Built through the meetings' use cases: the body's §§ of 2026 are numbered 1, 2, 3 in the order decided.
    const { id: bodyId } = await buildBody(t.db, collaborationId, { name: 'Testnämnden', decidesAll: false })
    paragraphs.held = (await buildMeeting(t.db, collaborationId, { bodyId, startsAt: '2026-11-25T09:00:00+01:00', withParagraph: { outcome: 'approve' }, approved: true })).itemId!
    paragraphs.rejected = (await buildMeeting(t.db, collaborationId, { bodyId, startsAt: '2026-11-25T13:00:00+01:00', withParagraph: { outcome: 'reject' }, held: true })).itemId!
    // Decided at today's meeting, which is still going on (not yet closed).
    paragraphs.recordedDuringMeeting = (await buildMeeting(t.db, collaborationId, { bodyId, startsAt: '2026-12-09T09:00:00+01:00', noticeSent: true, withParagraph: { outcome: 'approve' } })).itemId!
    const other = await buildCollaboration(t.db)
    paragraphs.elsewhere = (await buildMeeting(t.db, other.collaboration.id, { startsAt: '2026-11-25T09:00:00+01:00', withParagraph: { outcome: 'approve' }, approved: true })).itemId!

    keyId = (await coordinator.post(url('/finance/cost-keys'), { name: 'Lika delar', kind: 'equal' })).json().id
  })
  afterAll(async () => {
    await t.close()
    vi.useRealTimers()
  })

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const read = async (budgetId: string) => (await coordinator.get(url(`/finance/budgets/${budgetId}`))).json() as BudgetDetail
  async function draft(year: number, lines: { description: string; amountOre: number; indexSeries?: string; indexBaseYear?: number }[] = [{ description: 'E-samordnare', amountOre: 90_000_000 }]) {
    const created = await coordinator.post(url('/finance/budgets'), { year })
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id as string
    for (const line of lines) {
      const added = await coordinator.post(url(`/finance/budgets/${id}/lines`), { category: 'base_funding', costKeyId: keyId, ...line })
      expect(added.statusCode, added.body).toBe(201)
    }
    return read(id)
  }
  const adopt = (client: Client, budget: BudgetDetail, decision: object) => client.post(url(`/finance/budgets/${budget.id}/adoption`), { version: budget.version, decision })
  const reopen = (client: Client, budget: BudgetDetail, reason?: string) => client.post(url(`/finance/budgets/${budget.id}/reopening`), { version: budget.version, reason })

  /** The request is refused with `status` as problem+json, and the budget reads exactly as before. */
  async function refused(request: Promise<{ statusCode: number; headers: Record<string, unknown>; json: () => { errors?: { path: string; message: string }[] } }>, status: number, budget: BudgetDetail) {
    const response = await request
    expect(response.statusCode).toBe(status)
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(await read(budget.id)).toEqual(budget)
    return response.json()
  }

  it('refuses a § of another collaboration, of a meeting not yet held, and one that rejects, and changes nothing', async () => {
    const budget = await draft(2027)
    const elsewhere = await refused(adopt(coordinator, budget, { kind: 'paragraph', meetingItemId: paragraphs.elsewhere }), 400, budget)
    expect(elsewhere.errors).toEqual([expect.objectContaining({ path: 'body.decision.meetingItemId', message: expect.stringMatching(/inte bland den här samverkans/) })])
    const notHeld = await refused(adopt(coordinator, budget, { kind: 'paragraph', meetingItemId: paragraphs.recordedDuringMeeting }), 400, budget)
    expect(notHeld.errors![0]!.message).toMatch(/2026-12-09 har inte hållits/)
    const rejected = await refused(adopt(coordinator, budget, { kind: 'paragraph', meetingItemId: paragraphs.rejected }), 400, budget)
    expect(rejected.errors![0]!.message).toMatch(/§ 2 bifaller inte/)
    expect(budget).toMatchObject({ status: 'draft', adoptedOn: null, adoption: null, history: [] })
  })

  it('refuses an external decision dated in the future or without a reference, and changes nothing', async () => {
    const budget = await draft(2028)
    const future = await refused(adopt(coordinator, budget, { kind: 'external', decidedOn: '2026-12-10', reference: 'Nämndens protokoll 2026-12-10 § 50' }), 400, budget)
    expect(future.errors![0]!.path).toBe('body.decision.decidedOn')
    await refused(adopt(coordinator, budget, { kind: 'external', decidedOn: '2026-11-25', reference: '' }), 400, budget)
  })

  it('adopts by a § of a held meeting, dated the meeting’s day and named as in the minutes, and keeps it in the history', async () => {
    const budget = await draft(2029)
    const response = await adopt(coordinator, budget, { kind: 'paragraph', meetingItemId: paragraphs.held })
    expect(response.statusCode, response.body).toBe(200)
    const adopted = response.json() as BudgetDetail
    expect(adopted).toMatchObject({ status: 'adopted', adoptedOn: '2026-11-25', adoption: { reference: 'Testnämnden § 1/2026', meetingItemId: paragraphs.held, external: false } })
    expect(adopted.history).toEqual([expect.objectContaining({ kind: 'adopted', decidedOn: '2026-11-25', reference: 'Testnämnden § 1/2026', external: false })])
    // Adopting it again is a conflict, and says when it was adopted.
    const again = await refused(adopt(coordinator, adopted, { kind: 'external', decidedOn: '2026-12-01', reference: 'Nämndens protokoll 2026-12-01 § 9' }), 409, adopted)
    expect(JSON.stringify(again)).toMatch(/2026-11-25/)
  })

  it('lets only the coordinator reopen an adopted budget, with a reason, and keeps the adoption and its date in the history', async () => {
    const budget = await draft(2030)
    const adopted = (await adopt(office, budget, { kind: 'external', decidedOn: '2025-11-26', reference: 'Nämndens protokoll 2025-11-26 § 45', bodyName: 'Testnämnden' })).json() as BudgetDetail
    expect(adopted).toMatchObject({ status: 'adopted', adoptedOn: '2025-11-26', adoption: { reference: 'Testnämnden, Nämndens protokoll 2025-11-26 § 45', external: true } })
    expect(adopted.adoption!.recordedBy).not.toBe('')

    await refused(reopen(office, adopted, 'Nämnden har beslutat om en ny ram.'), 403, adopted)
    await refused(reopen(kalixEkonom, adopted, 'Nämnden har beslutat om en ny ram.'), 403, adopted)
    const noReason = await refused(reopen(coordinator, adopted), 400, adopted)
    expect(noReason.errors![0]!.path).toBe('body.reason')
    await refused(reopen(coordinator, adopted, 'Ändras'), 400, adopted)

    const response = await reopen(coordinator, adopted, 'Nämnden beslutade en ny ram i § 12/2026.')
    expect(response.statusCode, response.body).toBe(200)
    const reopened = response.json() as BudgetDetail
    expect(reopened).toMatchObject({ status: 'draft', adoptedOn: null, adoption: null })
    expect(reopened.history).toEqual([
      expect.objectContaining({ kind: 'adopted', decidedOn: '2025-11-26', reference: 'Testnämnden, Nämndens protokoll 2025-11-26 § 45' }),
      expect.objectContaining({ kind: 'reopened', reason: 'Nämnden beslutade en ny ram i § 12/2026.', decidedOn: null }),
    ])
    // Reopening a draft is a conflict.
    await refused(reopen(coordinator, reopened, 'Nämnden beslutade en ny ram.'), 409, reopened)
    // Adopted again later: the history keeps both adoptions, each with its own date.
    const readopted = (await adopt(coordinator, reopened, { kind: 'paragraph', meetingItemId: paragraphs.held })).json() as BudgetDetail
    expect(readopted.history.map((event) => [event.kind, event.decidedOn])).toEqual([
      ['adopted', '2025-11-26'],
      ['reopened', null],
      ['adopted', '2026-11-25'],
    ])
  })

  it('lets a member’s finance officer read the budgets and book actual costs, but not change them', async () => {
    const budget = await draft(2026)
    const line = budget.lines[0]!
    expect((await kalixEkonom.get(url(`/finance/budgets/${budget.id}`))).statusCode).toBe(200)
    await refused(kalixEkonom.post(url('/finance/budgets'), { year: 2031 }), 403, budget)
    await refused(kalixEkonom.post(url(`/finance/budgets/${budget.id}/lines`), { category: 'staff', description: 'Ny rad', amountOre: 100, costKeyId: keyId }), 403, budget)
    await refused(kalixEkonom.put(url(`/finance/budgets/${budget.id}/lines/${line.id}`), { category: 'staff', description: 'Ändrad', amountOre: 100, costKeyId: keyId, version: line.version }), 403, budget)
    await refused(kalixEkonom.delete(url(`/finance/budgets/${budget.id}/lines/${line.id}?version=${line.version}`)), 403, budget)
    await refused(kalixEkonom.patch(url(`/finance/budgets/${budget.id}`), { version: budget.version, note: 'Kalix ändrar' }), 403, budget)
    await refused(kalixEkonom.post(url(`/finance/budgets/${budget.id}/funding`), { funder: 'Tillväxtverket', amountOre: 100, guaranteeKeyId: keyId }), 403, budget)
    const forbidden = await refused(adopt(kalixEkonom, budget, { kind: 'external', decidedOn: '2025-11-26', reference: 'Nämndens protokoll 2025-11-26 § 45' }), 403, budget)
    expect(JSON.stringify(forbidden)).toMatch(/behörighet/)
    expect((await (await coordinator.get(url('/finance/budgets?year=2031'))).json()).length).toBe(0)

    const booked = await kalixEkonom.post(url(`/finance/budgets/${budget.id}/lines/${line.id}/actuals`), { bookedOn: '2026-11-30', amountOre: 5_000_00, description: 'Lönekostnad november' })
    expect(booked.statusCode, booked.body).toBe(201)
  })
})

describe('an invoice basis built on a draft budget says preliminär and names what it lacks', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<string, string>
  let coordinator: Client

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T10:00:00+01:00'))
    t = await createTestApp()
    const built = await buildCollaboration(t.db)
    collaborationId = built.collaboration.id
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id]))
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
    const key = (await coordinator.post(url('/finance/cost-keys'), { name: 'Lika delar', kind: 'equal' })).json().id
    await coordinator.put(url('/finance/index-values/AKI/2026'), { value: 106.4 })
    // 2026 adopted; 2027 a draft whose uplift lacks AKI 2027; no budget for 2028 yet.
    for (const year of [2026, 2027]) {
      const budget = (await coordinator.post(url('/finance/budgets'), { year })).json()
      const indexed = year === 2027 ? { indexSeries: 'AKI', indexBaseYear: 2026 } : {}
      // 100 öre in three equal parts: 34 + 33 + 33, the extra öre by the remainder rule.
      await coordinator.post(url(`/finance/budgets/${budget.id}/lines`), { category: 'base_funding', description: 'E-samordnare', amountOre: 90_000_100, costKeyId: key, ...indexed })
      if (year === 2026) await coordinator.post(url(`/finance/budgets/${budget.id}/adoption`), { version: budget.version, decision: { kind: 'external', decidedOn: '2025-11-26', reference: 'Nämndens protokoll 2025-11-26 § 45' } })
    }
  })
  afterAll(async () => {
    await t.close()
    vi.useRealTimers()
  })

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const basis = async (year: number, memberId = member.Kalix!) => {
    const response = await coordinator.get(url(`/finance/invoice-basis/${memberId}?year=${year}`))
    expect(response.statusCode, response.body).toBe(200)
    return response.json() as InvoiceBasis
  }

  it('is final for the adopted year, and says which member got the extra öre', async () => {
    const year = await basis(2026)
    expect(year.gaps).toEqual({ preliminary: false, draftBudgets: [], missingBudgets: [], missingIndex: [] })
    expect(year.lines[0]).toMatchObject({ preliminary: false })
    const shares = await Promise.all(Object.values(member).map(async (id) => (await basis(2026, id)).lines[0]!))
    expect(shares.filter((line) => line.roundingOre === 1)).toHaveLength(1)
    expect(shares.find((line) => line.roundingOre === 1)!.formula).toMatch(/\+1 öre avrundning/)
  })

  it('names the draft budget and the index value it lacks, and keeps the line unraised rather than silently so', async () => {
    const next = await basis(2027)
    expect(next.gaps).toMatchObject({
      preliminary: true,
      draftBudgets: [{ scopeName: expect.stringMatching(/^Testsamverkan/) }],
      missingBudgets: [],
      missingIndex: [{ series: 'AKI', year: 2027, lines: [expect.objectContaining({ description: 'E-samordnare' })] }],
    })
    expect(next.lines[0]).toMatchObject({ preliminary: true, lineTotalOre: 90_000_100 })
  })

  it('names the collaboration’s own budget not yet drafted for a later year', async () => {
    const later = await basis(2028)
    expect(later.lines).toEqual([])
    expect(later.gaps.missingBudgets).toEqual([{ initiativeId: null, scopeName: expect.stringMatching(/^Testsamverkan/), lastYear: 2027 }])
    expect(later.gaps.preliminary).toBe(true)
  })

  it('says Preliminär in the CSV, on the lines and after the total, and in the overview', async () => {
    const csv = await coordinator.get(url(`/finance/invoice-basis/${member.Kalix}/export.csv?year=2027`))
    expect(csv.statusCode).toBe(200)
    const rows: string[][] = parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' })
    const status = rows[0]!.indexOf('Budgetens status')
    expect(rows[1]![status]).toBe('Preliminär')
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['Summa', 'Preliminär', 'Saknas']))
    expect(csv.body).toContain('AKI 2027 saknas, så raderna är inte uppräknade')

    const overview = (await coordinator.get(url('/finance/overview?year=2027'))).json()
    expect(overview.gaps.preliminary).toBe(true)
    expect(overview.byYear.map((y: { year: number; preliminary: boolean }) => [y.year, y.preliminary])).toEqual([
      [2026, false],
      [2027, true],
    ])
  })
})
