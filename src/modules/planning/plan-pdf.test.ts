import { mkdir, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { formatOre } from '../../shared/format'
import { planPdf } from './plan-pdf'
import type { Plan } from './planning.schema'

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

const activities: Plan['activities'] = [
  { title: 'Gemensam e-arkivlösning, etapp 2', estimatedCostOre: 185_000_000, participants: ['Ale', 'Alingsås', 'Kungälv', 'Lerum', 'Mölndal', 'Partille'] },
  { title: 'Digital nämndadministration med justering i mobilen', estimatedCostOre: 85_000_000, participants: ['Alingsås', 'Lerum', 'Partille'] },
  { title: 'Automatiserad leverantörsfakturahantering', estimatedCostOre: 41_250_050, participants: ['Ale', 'Kungälv'] },
  { title: 'Informationssäkerhetsutbildning för chefer', estimatedCostOre: 24_000_000, participants: ['Mölndal', 'Partille', 'Ale'] },
  { title: 'Välfärdsteknik i hemtjänsten – förstudie', estimatedCostOre: 39_500_000, participants: ['Lerum', 'Kungälv', 'Alingsås', 'Ale'] },
].map((a, i) => ({ ...a, proposalId: uuid(100 + i), number: [3, 11, 7, 1, 14][i]!, rank: i + 1, initiativeId: uuid(200 + i), budgetId: null }))

const fundedOre = activities.reduce((sum, a) => sum + a.estimatedCostOre, 0)

const plan: Plan = {
  roundId: uuid(1),
  collaborationName: 'VästKom',
  year: 2027,
  title: 'Gemensam digital utveckling i Västra Götaland',
  goals:
    'Medlemmarna ska gemensamt utveckla digitala tjänster som gör det enklare för invånare och företag att ha kontakt med kommunen.\n\n' +
    'Minst tre av planens aktiviteter ska vara i drift hos samtliga deltagande medlemmar före utgången av 2027.',
  adoptedOn: '2026-11-24',
  adoptedReference: '§ 14',
  budgetFrameOre: 450_000_000,
  fundedOre,
  // Given out of order: the document lists activities by rank.
  activities: [...activities].reverse(),
  bank: [
    { proposalId: uuid(110), number: 9, title: 'Chattbot för kommunernas e-tjänster', rank: 6, estimatedCostOre: 120_000_000 },
    { proposalId: uuid(111), number: 2, title: 'Gemensam GIS-plattform', rank: 7, estimatedCostOre: 240_000_000 },
  ],
  approvals: [
    { memberId: uuid(10), name: 'Ale', outcome: 'approve', decidedOn: '2026-12-10', reference: 'KF § 142' },
    { memberId: uuid(11), name: 'Alingsås', outcome: 'approve', decidedOn: '2026-12-15', reference: 'KF § 201' },
    { memberId: uuid(12), name: 'Kungälv', outcome: null, decidedOn: null, reference: '' },
    { memberId: uuid(13), name: 'Lerum', outcome: 'reject', decidedOn: '2026-12-12', reference: 'KS § 88' },
    { memberId: uuid(14), name: 'Mölndal', outcome: null, decidedOn: null, reference: '' },
    { memberId: uuid(15), name: 'Partille', outcome: 'approve', decidedOn: '2026-12-18', reference: '' },
  ],
}

/** The text of the whole document on one line; the no-break spaces in amounts read as spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ')
const kr = (ore: number) => flat(formatOre(ore))

async function render(p: Plan, locale: 'sv' | 'en' = 'sv') {
  const pages = await pdfPages(await planPdf(p, locale))
  return { pages, all: flat(pages.join('\n')) }
}

describe('planPdf', () => {
  it('writes the adopted plan in Swedish', async () => {
    const pdf = await planPdf(plan, 'sv')
    if (process.env.SCREENSHOTS === '1') {
      await mkdir('tmp', { recursive: true })
      await writeFile('tmp/plan-sample.pdf', pdf)
    }
    const pages = await pdfPages(pdf)
    const all = flat(pages.join('\n'))

    expect(flat(pages[0]!)).toContain('VästKom')
    expect(flat(pages[0]!)).toContain('Verksamhetsplan 2027')
    expect(flat(pages[0]!)).toContain('Gemensam digital utveckling i Västra Götaland')
    expect(flat(pages[0]!)).toContain('Fastställd 2026-11-24, § 14')
    expect(all).not.toMatch(/Förslag till verksamhetsplan|FÖRSLAG/)
    expect(all).toContain('Mål Medlemmarna ska gemensamt utveckla')
    expect(all).toContain('Minst tre av planens aktiviteter')

    // Every activity, by rank, with its cost.
    const positions = activities.map((a) => all.indexOf(`${a.rank} ${a.title}`))
    expect(positions.every((p) => p > all.indexOf('Aktiviteter'))).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    for (const a of activities) expect(all).toContain(kr(a.estimatedCostOre))
    expect(all).toContain('Digital nämndadministration med justering i mobilen Alingsås, Lerum, Partille')
    expect(all).toContain(kr(41_250_050)) // öre are kept: "412 500,50 kr"

    // The total adds up to the funded sum and is set against the frame.
    expect(fundedOre).toBe(374_750_050)
    expect(all).toContain(`Summa ${kr(fundedOre)}`)
    expect(all).toContain(`Budget Ram ${kr(450_000_000)} Summa aktiviteter ${kr(fundedOre)} Kvar ${kr(450_000_000 - fundedOre)}`)
    expect(all).toContain('Kvar 752 499,50 kr')

    expect(all).toContain('Projektbank')
    expect(all).toContain(`6 Chattbot för kommunernas e-tjänster ${kr(120_000_000)}`)
    expect(all).toContain(`7 Gemensam GIS-plattform ${kr(240_000_000)}`)
    expect(all.indexOf('Gemensam GIS-plattform')).toBeGreaterThan(all.indexOf('Projektbank'))

    expect(all).toContain('Medlemmarnas beslut Godkänt: 3 av 6 · Avslagit: 1 · Inte beslutat: 2')
    expect(all).toContain('Ale Godkänt 2026-12-10 KF § 142')
    expect(all).toContain('Lerum Avslagit 2026-12-12 KS § 88')
    expect(all).toContain('Partille Godkänt 2026-12-18 –')
    expect(all).toContain('Kungälv Inte beslutat – –')
    expect(all).toContain('Mölndal Inte beslutat – –')

    pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pages.length}`))
  })

  it('marks a plan that is not adopted as a draft, on every page', async () => {
    const { pages, all } = await render({ ...plan, adoptedOn: null, adoptedReference: '', approvals: plan.approvals.map((a) => ({ ...a, outcome: null, decidedOn: null, reference: '' })) })
    expect(flat(pages[0]!)).toContain('Verksamhetsplan 2027')
    expect(flat(pages[0]!)).toContain('FÖRSLAG Ej fastställd')
    expect(all).toContain('Förslag – planen är ännu inte fastställd.')
    expect(all).not.toContain('Fastställd 2026')
    pages.forEach((page) => expect(flat(page)).toContain('Förslag till verksamhetsplan 2027'))
    expect(all).toContain('Godkänt: 0 av 6 · Avslagit: 0 · Inte beslutat: 6')
  })

  it('uses English headings for English readers', async () => {
    const { pages, all } = await render(plan, 'en')
    expect(flat(pages[0]!)).toContain('Annual plan 2027')
    expect(flat(pages[0]!)).toContain('Adopted 2026-11-24, § 14')
    for (const heading of ['Goals', 'Activities', 'Budget', 'Project bank', 'Members’ decisions']) expect(all).toContain(heading)
    expect(all).toContain(`Total ${kr(fundedOre)}`)
    expect(all).toContain(`Budget frame ${kr(450_000_000)}`)
    expect(all).toContain('Remaining')
    expect(all).toContain('Kungälv Not decided')
    expect(all).toContain('Ale Approved')
    expect(all).toContain('Lerum Rejected')
    expect(all).not.toMatch(/Verksamhetsplan|Aktiviteter|Projektbank|Inte beslutat|Sida \d/)
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
    const draft = await render({ ...plan, adoptedOn: null }, 'en')
    expect(draft.all).toContain('DRAFT')
    expect(draft.all).toContain('Draft annual plan 2027')
  })

  it('says "all members" instead of listing every member of an activity', async () => {
    const { all } = await render(plan)
    expect(all).toContain('1 Gemensam e-arkivlösning, etapp 2 Alla medlemmar (6)')
  })

  it('breaks a long plan over pages with the column titles and footer on each', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...activities[1]!, proposalId: uuid(300 + i), rank: i + 1, title: `Aktivitet nummer ${i + 1}` }))
    const { pages, all } = await render({ ...plan, activities: many, fundedOre: many.reduce((s, a) => s + a.estimatedCostOre, 0) })
    expect(pages.length).toBeGreaterThan(2)
    expect(pages[1]).toContain('Kostnad')
    expect(pages[1]).toContain('Verksamhetsplan 2027')
    expect(all).toContain('60 Aktivitet nummer 60')
    expect(all).toContain(`Summa ${kr(60 * 85_000_000)}`)
    expect(pages.at(-1)).toContain(`Sida ${pages.length} av ${pages.length}`)
  })

  it('prints a plan with no goals, activities or bank entries', async () => {
    const { all } = await render({ ...plan, goals: '', activities: [], bank: [], fundedOre: 0 })
    expect(all).toContain('Inga mål angivna.')
    expect(all).toContain('Inga aktiviteter ryms i planen.')
    expect(all).toContain(`Summa ${kr(0)}`)
    expect(all).toContain('Inga förslag i projektbanken.')
  })
})
