import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { docxText } from '../../../tests/helpers/docx-text'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { assembleBasis, basisDocument, contentHash, costsOf, kronor, proposedDecision, quantity, type BasisCostLine, type BasisInput } from './decision-basis'
import { renderBasisDocx } from './decision-basis-docx'
import { renderBasisPdf } from './decision-basis-pdf'

const LULEA = '00000000-0000-4000-8000-000000000001'
const KALIX = '00000000-0000-4000-8000-000000000002'
const PITEA = '00000000-0000-4000-8000-000000000003'
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

function input(overrides: Partial<BasisInput> = {}): BasisInput {
  return {
    collaborationName: 'Norrbottens e-nämnd',
    today: '2026-11-24',
    initiative: { id: 'i1', title: 'Chattbot för kommunernas kundtjänst', need: 'Kundtjänsterna svarar på samma frågor många gånger om dagen.', description: 'Halvera tiden för enkla frågor.', areas: ['Kundtjänst'], projectManager: 'Eva Lind', registeredOn: '2026-03-02', proposingMemberName: 'Luleå kommun', processName: 'Utvecklingsprocess', phaseName: 'Förstudie' },
    gate: {
      name: 'Beslut om genomförande',
      phaseKey: 'prestudy',
      phaseEntry: 1,
      nextPhaseName: 'Genomförande',
      dueOn: '2026-12-15',
      decisions: [{ name: 'Beslut om genomförande', decidedBy: ['Gemensamma nämnden'], preparedBy: ['Beredningsgruppen'] }],
      membersMustDecide: true,
      unmet: ['Beslut saknas: Beslut om genomförande (Gemensamma nämnden)', 'Likalydande beslut saknas från Kalix kommun'],
    },
    participants: [
      { memberId: LULEA, name: 'Luleå kommun' },
      { memberId: KALIX, name: 'Kalix kommun' },
    ],
    documents: [
      { name: 'Förstudierapport', phaseName: 'Förstudie', number: 2, final: true, date: '2026-10-01', fields: [{ label: 'Sammanfattning', value: 'Tre leverantörer jämförda.' }], attachments: [{ fileName: 'rapport.pdf', confidential: false }, { fileName: 'anbud-hemligt.pdf', confidential: true }], confidential: false },
      { name: 'Säkerhetsanalys', phaseName: 'Förstudie', number: 1, final: true, date: '2026-10-02', fields: [{ label: 'Sårbarheter', value: 'HEMLIG-SÅRBARHET i inloggningen' }], attachments: [], confidential: true },
      { name: 'Utkast till projektplan', phaseName: 'Förstudie', number: 1, final: false, date: '2026-10-03', fields: [], attachments: [], confidential: false },
    ],
    registered: [
      { number: 'NEN 2026/0004-1', date: '2026-03-02', description: 'Idéanmälan', confidential: false },
      { number: 'NEN 2026/0004-2', date: '2026-09-01', description: 'Anbud från leverantör HEMLIGT-ANBUD', confidential: true },
    ],
    activities: [{ date: '2026-03-02', text: 'Registrerat' }],
    costLines: [
      { year: 2027, description: 'Licens', totalOre: 100_001, shares: [{ memberId: LULEA, amountOre: 50_001 }, { memberId: KALIX, amountOre: 50_000 }] },
      { year: 2026, description: 'Projektledning', totalOre: 30_000_000, shares: [{ memberId: LULEA, amountOre: 22_000_000 }, { memberId: KALIX, amountOre: 8_000_000 }] },
    ],
    benefits: [
      {
        effect: 'Kortare svarstider',
        name: 'Tid för enkla frågor',
        unit: 'timmar',
        benefitClass: 'reallocated_time',
        direction: 'decrease',
        members: [
          { memberId: LULEA, memberName: 'Luleå kommun', baseline: 125_050, baselineDate: '2026-01-31', target: 60_000, targetDate: '2027-12-31', latest: null, latestDate: null, realisationBasisPoints: null },
          { memberId: KALIX, memberName: 'Kalix kommun', baseline: 20_000, baselineDate: '2026-01-31', target: 10_000, targetDate: '2027-12-31', latest: 15_000, latestDate: '2026-10-31', realisationBasisPoints: 5000 },
        ],
      },
    ],
    risks: [
      { title: 'Låg användning', kind: 'risk', category: 'verksamhet', cause: 'Invånarna hittar inte chatten', consequence: 'Nyttan uteblir', probabilityBefore: 4, consequenceBefore: 4, scoreBefore: 16, probabilityAfter: 2, consequenceAfter: 4, scoreAfter: 8, strategy: 'reducera', measures: 'Lansering på webben', ownerName: 'Eva Lind', memberId: null, memberName: null, nextReview: '2027-01-15', status: 'open' },
      { title: 'Kalix kundtjänst byter system', kind: 'risk', category: 'teknik', cause: '', consequence: 'Integration försenas', probabilityBefore: 2, consequenceBefore: 3, scoreBefore: 6, probabilityAfter: null, consequenceAfter: null, scoreAfter: null, strategy: 'acceptera', measures: '', ownerName: 'Per Nilsson', memberId: KALIX, memberName: 'Kalix kommun', nextReview: null, status: 'open' },
    ],
    ...overrides,
  }
}

describe('the decision basis assembled for a gate', () => {
  it('splits the cost per member and year exactly, the members summing to the total to the öre', () => {
    const { costs } = assembleBasis(input())
    expect(costs.years).toEqual([2026, 2027])
    expect(costs.totalOre).toBe(30_100_001)
    expect(costs.perMember.map((m) => [m.name, m.byYear, m.totalOre])).toEqual([
      ['Kalix kommun', [8_000_000, 50_000], 8_050_000],
      ['Luleå kommun', [22_000_000, 50_001], 22_050_001],
    ])
    expect(costs.unallocatedOre).toBe(0)
  })

  it('shows a line nobody can pay yet as not allocated, so the table still sums to the total', () => {
    const { costs } = assembleBasis(input({ costLines: [{ year: 2026, description: 'Drift', totalOre: 12_345, shares: [] }] }))
    expect(costs.totalOre).toBe(12_345)
    expect(costs.unallocatedOre).toBe(12_345)
    expect(costs.perMember.every((m) => m.totalOre === 0)).toBe(true)
  })

  it('property: whatever the lines, the members’ totals and what is not allocated sum exactly to the total', () => {
    const members = [LULEA, KALIX, PITEA]
    const line = fc.record({ year: fc.integer({ min: 2025, max: 2029 }), total: fc.integer({ min: 0, max: 2_000_000_000 }), weights: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }), split: fc.boolean() })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (raw) => {
        const lines: BasisCostLine[] = raw.map((l) => {
          const sum = l.weights.reduce((a, b) => a + b, 0)
          if (!l.split || sum === 0) return { year: l.year, description: 'x', totalOre: l.total, shares: [] }
          const shares = l.weights.map((w, i) => ({ memberId: members[i]!, amountOre: Math.floor((l.total * w) / sum) }))
          shares[0]!.amountOre += l.total - shares.reduce((a, s) => a + s.amountOre, 0)
          return { year: l.year, description: 'x', totalOre: l.total, shares }
        })
        const costs = costsOf(lines, members.map((memberId) => ({ memberId, name: memberId })))
        const sumMembers = costs.perMember.reduce((a, m) => a + BigInt(m.totalOre), 0n)
        expect(sumMembers + BigInt(costs.unallocatedOre)).toBe(BigInt(costs.totalOre))
        expect(costs.totalByYear.reduce((a, b) => a + b, 0)).toBe(costs.totalOre)
        for (const m of costs.perMember) expect(m.byYear.reduce((a, b) => a + b, 0)).toBe(m.totalOre)
        expect(costs.totalOre).toBe(lines.reduce((a, l) => a + l.totalOre, 0))
      }),
    )
  })

  it('leaves confidential documents, files and register entries out, and says how many', () => {
    const content = assembleBasis(input())
    const text = JSON.stringify(content) + JSON.stringify(basisDocument(content))
    expect(text).not.toContain('HEMLIG-SÅRBARHET')
    expect(text).not.toContain('Säkerhetsanalys')
    expect(text).not.toContain('anbud-hemligt.pdf')
    expect(text).not.toContain('HEMLIGT-ANBUD')
    expect(content.documents.map((d) => d.name)).toEqual(['Förstudierapport'])
    expect(content.documents[0]!.attachments).toEqual(['rapport.pdf'])
    expect(content.omitted).toBe(3)
    expect(text).toContain('3 handlingar eller filer omfattas av sekretess och har utelämnats.')
  })

  it('withholds information-security risks (OSL 18:8), saying how many, in every variant', () => {
    const base = input()
    const secret = { ...base.risks[0]!, title: 'SÅRBAR-INLOGGNING', category: 'information_security', cause: 'Ingen tvåfaktor' }
    const content = assembleBasis({ ...base, risks: [...base.risks, secret] })
    expect(content.withheldRisks).toBe(1)
    for (const variant of [basisDocument(content), basisDocument(content, KALIX)]) {
      const text = JSON.stringify(variant)
      expect(text).not.toContain('SÅRBAR-INLOGGNING')
      expect(text).toContain('1 risk som rör informationssäkerheten omfattas av sekretess')
    }
    expect(content.risks.map((r) => r.title)).toEqual(base.risks.map((r) => r.title))
  })

  it('takes only final document versions', () => {
    expect(assembleBasis(input()).documents.map((d) => d.name)).not.toContain('Utkast till projektplan')
  })

  it('proposes the decision in numbered sentences, with who decides and the members’ likalydande beslut', () => {
    const content = assembleBasis(input())
    const sentences = proposedDecision(content)
    expect(sentences[0]).toBe('att Chattbot för kommunernas kundtjänst passerar beslut om genomförande, så att initiativet går vidare från förstudie till genomförande,')
    expect(plain(sentences[1]!)).toContain('om totalt 301 000,01 kr fördelas')
    expect(sentences).toContain('att beslutet gäller under förutsättning att Kalix kommun och Luleå kommun fattar likalydande beslut,')
    expect(sentences.at(-1)!.endsWith('.')).toBe(true)
    const proposal = basisDocument(content).sections.find((s) => s.key === 'proposal')!
    expect(proposal.blocks[0]).toEqual({ kind: 'paragraph', text: 'Gemensamma nämnden och varje deltagande medlem föreslås besluta' })
    expect(proposal.blocks[1]).toEqual({ kind: 'numbered', items: sentences })
  })

  it('gives a member its own variant: the same decision plus its own share, its own benefits and risks', () => {
    const content = assembleBasis(input())
    const variant = basisDocument(content, KALIX)
    expect(variant.memberName).toBe('Kalix kommun')
    const sentences = (variant.sections.find((s) => s.key === 'proposal')!.blocks[1] as { items: string[] }).items
    expect(sentences).toContain(`att Kalix kommuns andel av kostnaden är ${kronor(8_050_000)},`)
    expect(plain(kronor(8_050_000))).toBe('80 500 kr')
    const costs = variant.sections.find((s) => s.key === 'costs')!.blocks[1] as { rows: string[][] }
    expect(costs.rows).toEqual([['Kalix kommun', kronor(8_000_000), kronor(50_000), kronor(8_050_000)]])
    const benefits = JSON.stringify(variant.sections.find((s) => s.key === 'benefits'))
    expect(benefits).toContain('Kalix kommun')
    expect(benefits).not.toContain('Luleå kommun')
    expect(JSON.stringify(variant.sections.find((s) => s.key === 'risks'))).toContain('Kalix kundtjänst byter system')
  })

  it('lists what the gate still lacks', () => {
    const unmet = basisDocument(assembleBasis(input())).sections.find((s) => s.key === 'unmet')!
    expect(unmet.blocks).toEqual([{ kind: 'list', items: ['Beslut saknas: Beslut om genomförande (Gemensamma nämnden)', 'Likalydande beslut saknas från Kalix kommun'] }])
  })

  it('writes values in the indicator’s unit from hundredths, Swedish style', () => {
    expect(plain(quantity(125_050, 'timmar'))).toBe('1 250,5 timmar')
    expect(plain(quantity(123_456_789, 'kr'))).toBe('1 234 567,89 kr')
    expect(quantity(null, 'st')).toBe('–')
  })

  it('hashes the content whatever the order of its keys, and a change changes the hash', () => {
    const content = assembleBasis(input())
    const reordered = JSON.parse(JSON.stringify(content, Object.keys(content).reverse()))
    expect(contentHash({ ...reordered, ...content })).toBe(contentHash(content))
    expect(contentHash(assembleBasis(input({ today: '2026-11-25' })))).not.toBe(contentHash(content))
    expect(contentHash(content)).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('the decision basis rendered', () => {
  const content = assembleBasis(input())
  const stamp = { hash: contentHash(content), dispatched: 'Utskickat 2026-11-24 av Eva Lind, version 1' }

  it('prints the same sections, per-member table and hash in the PDF and the Word document', async () => {
    const pdf = plain((await pdfPages(await renderBasisPdf(basisDocument(content), stamp))).join('\n'))
    const docx = plain(docxText(await renderBasisDocx(basisDocument(content), stamp)))
    for (const text of [pdf, docx]) {
      expect(text).toContain(stamp.hash)
      for (const heading of ['1. Bakgrund och behov', '4. Kostnader och finansiering', '7. Förslag till beslut', '8. Vad som återstår']) expect(text).toContain(heading)
      expect(text).toContain('220 500,01 kr')
      expect(text).toContain('80 500 kr')
      expect(text).toContain('301 000,01 kr')
    }
  })

  it('gives the same bytes for the same content, rendered at different times', async () => {
    const [pdf1, docx1] = [await renderBasisPdf(basisDocument(content), stamp), await renderBasisDocx(basisDocument(content), stamp)]
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const [pdf2, docx2] = [await renderBasisPdf(basisDocument(content), stamp), await renderBasisDocx(basisDocument(content), stamp)]
    expect(pdf2.equals(pdf1)).toBe(true)
    expect(docx2.equals(docx1)).toBe(true)
  })
})
