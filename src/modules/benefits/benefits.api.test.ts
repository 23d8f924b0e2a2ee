import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBenefit, buildBudget, buildCollaboration, buildInitiative, signedInPerson } from '../../../tests/helpers/factories'
import type { Client } from '../../../tests/helpers/test-app'
import { createTestApp } from '../../../tests/helpers/test-app'
import { today as swedishToday } from '../../server/clock'

const today = swedishToday()
const year = Number(today.slice(0, 4))
const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

// Kalix and Luleå share an e-service platform; Jokkmokk is a member of the collaboration but takes no part.
describe('benefits per initiative, owned per member', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<string, string>
  let initiativeId: string
  let coordinator: Client
  let projectManager: Client
  let kalix: Client
  let viewer: Client

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2510', '2514', '2580'] })
    collaborationId = built.collaboration.id
    member = built.member
    initiativeId = (await buildInitiative(t.db, collaborationId, { title: 'E-tjänsteplattform', proposingMemberId: member.Kalix!, participantMemberIds: [member.Kalix!, member.Luleå!] })).id
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
    projectManager = (await signedInPerson(t, { collaborationId, role: 'project_manager' })).client
    kalix = (await signedInPerson(t, { collaborationId, role: 'member_representative', memberId: member.Kalix })).client
    viewer = (await signedInPerson(t, { collaborationId, role: 'viewer' })).client
  })
  afterAll(() => t.close())

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const benefits = async (client: Client = coordinator) => {
    const response = await client.get(url(`/initiatives/${initiativeId}/benefits`))
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }
  const figures = (indicatorId: string, memberId: string) => `/benefits/indicators/${indicatorId}/members/${memberId}`

  async function postageIndicator() {
    const effect = await projectManager.post(url(`/initiatives/${initiativeId}/benefits/effects`), { title: 'Lägre kostnader för utskick', description: 'Beslut skickas digitalt i stället för med post.' })
    expect(effect.statusCode, effect.body).toBe(201)
    const indicator = await projectManager.post(url(`/benefits/effects/${effect.json().id}/indicators`), { name: 'Portokostnader', unit: 'kr', direction: 'decrease', benefitClass: 'financial', measureEveryMonths: 6 })
    expect(indicator.statusCode, indicator.body).toBe(201)
    return { effectId: effect.json().id as string, indicatorId: indicator.json().id as string }
  }

  it('lets a representative enter its own member’s baseline and measurement, and neither for another member', async () => {
    const { indicatorId } = await postageIndicator()
    const own = await kalix.put(url(figures(indicatorId, member.Kalix!)), { baselineValue: 12_000_000, baselineDate: `${year - 1}-01-01`, baselineSource: 'Ekonomisystemet 2025', targetValue: 4_000_000, targetDate: `${year + 1}-12-31` })
    expect(own.statusCode, own.body).toBe(200)

    const other = await kalix.put(url(figures(indicatorId, member.Luleå!)), { baselineValue: 1, baselineDate: `${year - 1}-01-01` })
    expect(other.statusCode).toBe(403)
    expect(other.json().code).toBe('forbidden_other_member')
    // The project manager enters Luleå's; the representative still may not measure it.
    expect((await projectManager.put(url(figures(indicatorId, member.Luleå!)), { baselineValue: 20_000_000, baselineDate: `${year - 1}-03-01`, targetValue: 10_000_000, targetDate: `${year + 1}-12-31` })).statusCode).toBe(200)
    const otherMeasurement = await kalix.post(url(`${figures(indicatorId, member.Luleå!)}/measurements`), { value: 1, date: today, note: '' })
    expect(otherMeasurement.statusCode).toBe(403)

    expect((await kalix.post(url(`${figures(indicatorId, member.Kalix!)}/measurements`), { value: 8_000_000, date: `${year - 1}-12-31`, note: 'Helår' })).statusCode).toBe(201)

    const read = await benefits(kalix)
    expect(read.mayEditAll).toBe(false)
    expect(read.editableMemberIds).toEqual([member.Kalix])
    const indicator = read.effects.flatMap((e: { indicators: unknown[] }) => e.indicators).find((x: { id: string }) => x.id === indicatorId)
    const kalixFigures = indicator.members.find((m: { memberId: string }) => m.memberId === member.Kalix)
    // 120 000 kr → 80 000 kr against a target of 40 000 kr: half of the planned saving.
    expect(kalixFigures).toMatchObject({ baseline: { value: 12_000_000, source: 'Ekonomisystemet 2025', version: 1 }, realisedChange: 4_000_000, realisationBasisPoints: 5000 })
    expect(indicator.members.map((m: { memberName: string }) => m.memberName)).toEqual(['Kalix', 'Luleå'])
    // Nothing of it was lost on the way back for Luleå either.
    expect(indicator.members[1]).toMatchObject({ measurements: [], realisationBasisPoints: null, target: { value: 10_000_000 } })
  })

  it('refuses a viewer’s writes and any member that takes no part', async () => {
    const { indicatorId } = await postageIndicator()
    expect((await viewer.put(url(figures(indicatorId, member.Kalix!)), { baselineValue: 1, baselineDate: `${year - 1}-01-01` })).statusCode).toBe(403)
    expect((await kalix.post(url(`/initiatives/${initiativeId}/benefits/effects`), { title: 'Egen effekt', description: '' })).statusCode).toBe(403)
    const outsider = await coordinator.put(url(figures(indicatorId, member.Jokkmokk!)), { baselineValue: 1, baselineDate: `${year - 1}-01-01` })
    expect(outsider.statusCode).toBe(400)
    expect(outsider.json().errors[0].path).toBe('params.memberId')
  })

  it('keeps measurements between the baseline date and today, and targets after the baseline', async () => {
    const { indicatorId } = await postageIndicator()
    const measure = (date: string) => kalix.post(url(`${figures(indicatorId, member.Kalix!)}/measurements`), { value: 100, date, note: '' })
    expect((await measure(today)).statusCode).toBe(409) // no baseline yet
    const baseline = { baselineValue: 500, baselineDate: `${year - 1}-06-01` }
    const early = await kalix.put(url(figures(indicatorId, member.Kalix!)), { ...baseline, targetValue: 100, targetDate: `${year - 1}-05-31` })
    expect(early.json().errors[0].path).toBe('body.targetDate')
    expect((await kalix.put(url(figures(indicatorId, member.Kalix!)), { ...baseline, targetValue: 100 })).json().errors[0].path).toBe('body.targetDate')
    expect((await kalix.put(url(figures(indicatorId, member.Kalix!)), { ...baseline, baselineDate: tomorrow })).json().errors[0].path).toBe('body.baselineDate')
    expect((await kalix.put(url(figures(indicatorId, member.Kalix!)), baseline)).statusCode).toBe(200)

    const before = await measure(`${year - 1}-05-31`)
    expect(before.statusCode).toBe(400)
    expect(before.json().errors[0]).toMatchObject({ path: 'body.date', message: expect.stringContaining(`${year - 1}-06-01`) })
    expect((await measure(tomorrow)).json().errors[0].path).toBe('body.date')
    expect((await measure(`${year - 1}-06-01`)).statusCode).toBe(201)
    // The baseline cannot then move past the measurement.
    const moved = await kalix.put(url(figures(indicatorId, member.Kalix!)), { ...baseline, baselineDate: `${year - 1}-07-01`, version: 1 })
    expect(moved.json().errors[0].path).toBe('body.baselineDate')
  })

  it('answers 409 to a stale version, and keeps an effect with measurements', async () => {
    const { effectId, indicatorId } = await postageIndicator()
    const path = url(figures(indicatorId, member.Kalix!))
    expect((await kalix.put(path, { baselineValue: 1000, baselineDate: `${year - 1}-01-01` })).json().version).toBe(1)
    // Someone else saved first: a second "first" baseline and an old version are both stale.
    expect((await kalix.put(path, { baselineValue: 900, baselineDate: `${year - 1}-01-01` })).statusCode).toBe(409)
    expect((await kalix.put(path, { baselineValue: 900, baselineDate: `${year - 1}-01-01`, version: 1 })).json().version).toBe(2)
    expect((await kalix.put(path, { baselineValue: 800, baselineDate: `${year - 1}-01-01`, version: 1 })).statusCode).toBe(409)

    expect((await projectManager.patch(url(`/benefits/effects/${effectId}`), { title: 'Nytt namn', description: '', version: 1 })).json().version).toBe(2)
    expect((await projectManager.patch(url(`/benefits/effects/${effectId}`), { title: 'Gammalt', description: '', version: 1 })).statusCode).toBe(409)
    expect((await projectManager.patch(url(`/benefits/indicators/${indicatorId}`), { name: 'Porto', unit: 'kr', direction: 'decrease', benefitClass: 'financial', measureEveryMonths: 12, version: 2 })).statusCode).toBe(409)

    await kalix.post(`${path}/measurements`, { value: 700, date: today, note: '' })
    const kept = await coordinator.delete(url(`/benefits/effects/${effectId}?version=2`))
    expect(kept.statusCode).toBe(409)
    expect(kept.json().code).toBe('benefit_effect_has_measurements')
  })

  it('weighs what each member gained against what it pays, and the members add up to the collaboration', async () => {
    const separate = await buildCollaboration(t.db, { memberCodes: ['2510', '2514', '2580'] })
    const cid = separate.collaboration.id
    const platform = await buildInitiative(t.db, cid, { title: 'Plattform', proposingMemberId: separate.member.Kalix!, participantMemberIds: [separate.member.Kalix!, separate.member.Luleå!] })
    // 900 000 kr in equal parts: 450 000 kr each.
    await buildBudget(t.db, cid, { year, initiativeId: platform.id })
    const postage = { name: 'Portokostnader', unit: 'kr', direction: 'decrease' as const, benefitClass: 'financial' as const }
    const d = `${year - 1}-01-01`
    await buildBenefit(t.db, cid, platform.id, {
      indicator: postage,
      members: [
        { memberId: separate.member.Kalix!, baseline: 12_000_000, baselineDate: d, target: 4_000_000, measurements: [{ value: 9_000_000, date: `${year - 1}-06-30` }, { value: 7_999_999, date: `${year - 1}-12-31` }] },
        { memberId: separate.member.Luleå!, baseline: 30_000_050, baselineDate: d, target: 10_000_000, measurements: [{ value: 25_000_025, date: `${year - 1}-12-31` }] },
      ],
    })
    await buildBenefit(t.db, cid, platform.id, {
      indicator: { name: 'Frigjord tid', unit: 'timmar/månad', direction: 'increase', benefitClass: 'reallocated_time' },
      members: [{ memberId: separate.member.Kalix!, baseline: 0, baselineDate: d, target: 8000, measurements: [{ value: 1250, date: `${year - 1}-12-31` }] }],
    })
    const office = (await signedInPerson(t, { collaborationId: cid, role: 'viewer' })).client

    const gains = (await office.get(`/api/collaborations/${cid}/members/${separate.member.Kalix}/benefits`)).json()
    expect(gains.initiatives).toHaveLength(1)
    expect(gains.initiatives[0]).toMatchObject({ title: 'Plattform', cost: 45_000_000, financialTarget: 8_000_000, financialRealised: 4_000_001 })
    expect(gains.initiatives[0].indicators.map((x: { name: string; realisationBasisPoints: number }) => [x.name, x.realisationBasisPoints])).toEqual([
      ['Portokostnader', 5000],
      ['Frigjord tid', 1563],
    ])
    expect(gains.totals).toEqual({ cost: 45_000_000, financialTarget: 8_000_000, financialRealised: 4_000_001 })

    const summary = (await office.get(`/api/collaborations/${cid}/benefits/summary`)).json()
    const of = (name: string) => summary.members.find((m: { name: string }) => m.name === name)
    expect(of('Luleå')).toMatchObject({ cost: 45_000_000, financialTarget: 20_000_050, financialRealised: 5_000_025 })
    expect(of('Jokkmokk')).toMatchObject({ cost: 0, financialTarget: 0, financialRealised: 0 })
    for (const field of ['cost', 'financialTarget', 'financialRealised'] as const) {
      expect(summary.totals[field]).toBe(summary.members.reduce((sum: number, m: Record<string, number>) => sum + m[field]!, 0))
    }
    expect(summary.totals).toEqual({ cost: 90_000_000, financialTarget: 28_000_050, financialRealised: 9_000_026 })
  })
})
