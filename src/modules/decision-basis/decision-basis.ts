/**
 * The decision basis (beslutsunderlag) of an initiative at its gate, assembled from what the system holds:
 * background and need, goals and benefits, activities and documents, cost in total and per member, risks,
 * alternatives, the proposed decision in numbered sentences and what the gate still lacks. Pure: the loader
 * (decision-basis.service.ts) reads, this decides what goes in. Confidential records are left out here, by rule.
 *
 * The content is plain data (what is frozen and hashed when the basis is dispatched); `basisDocument` turns it into
 * the sections the PDF, the Word document and the preview all print, in Swedish (an official document).
 */
import { createHash } from 'node:crypto'

import type { BasisBenefitIndicator } from '../benefits'
import type { BasisRisk } from '../risks'

/** One cost line of one of the initiative's budgets, with the exact share each member pays of it (finance's split). */
export interface BasisCostLine {
  year: number
  description: string
  totalOre: number
  /** Empty when the line cannot be split (nobody to pay it yet): its amount is then unallocated. */
  shares: { memberId: string; amountOre: number }[]
}

/** A document version of the initiative, as the loader found it; `confidential` when it is covered by secrecy. */
export interface BasisDocumentInput {
  name: string
  phaseName: string
  number: number
  final: boolean
  date: string
  fields: { label: string; value: string }[]
  attachments: { fileName: string; confidential: boolean }[]
  confidential: boolean
}

export interface BasisInput {
  collaborationName: string
  today: string
  initiative: { id: string; title: string; need: string; description: string; areas: string[]; projectManager: string; registeredOn: string; proposingMemberName: string | null; processName: string; phaseName: string }
  /** The gate that ends the current phase; null when the phase has none (nothing to decide). */
  gate: {
    name: string
    phaseKey: string
    phaseEntry: number
    nextPhaseName: string | null
    dueOn: string | null
    decisions: { name: string; decidedBy: string[]; preparedBy: string[] }[]
    membersMustDecide: boolean
    unmet: string[]
  } | null
  participants: { memberId: string; name: string }[]
  documents: BasisDocumentInput[]
  /** The register entries of the initiative's cases. */
  registered: { number: string; date: string; description: string; confidential: boolean }[]
  /** The initiative's timeline. */
  activities: { date: string; text: string }[]
  costLines: BasisCostLine[]
  benefits: BasisBenefitIndicator[]
  risks: BasisRisk[]
}

export interface MemberCost {
  memberId: string
  name: string
  /** Per year, in the order of `costs.years`. */
  byYear: number[]
  totalOre: number
}

/** What is frozen and hashed: everything any variant prints, and nothing confidential. */
export interface BasisContent {
  collaborationName: string
  date: string
  initiative: BasisInput['initiative']
  gate: BasisInput['gate']
  participants: { memberId: string; name: string }[]
  documents: { name: string; phaseName: string; number: number; date: string; fields: { label: string; value: string }[]; attachments: string[] }[]
  registered: { number: string; date: string; description: string }[]
  activities: { date: string; text: string }[]
  /** Confidential documents, files and register entries left out. */
  omitted: number
  costs: { years: number[]; totalByYear: number[]; totalOre: number; perMember: MemberCost[]; unallocatedOre: number }
  benefits: BasisBenefitIndicator[]
  risks: BasisRisk[]
  /** Risks to information security, covered by secrecy (OSL 18 kap. 8 §): counted, never described. */
  withheldRisks: number
}

/** One block of a section, as every rendering prints it. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'numbered'; items: string[] }
  | { kind: 'table'; caption: string; columns: string[]; numeric: boolean[]; rows: string[][]; total: string[] | null }

export interface Section {
  key: 'background' | 'benefits' | 'activities' | 'costs' | 'risks' | 'alternatives' | 'proposal' | 'unmet' | 'member'
  heading: string
  blocks: Block[]
}

export interface BasisDocument {
  title: string
  subtitle: string
  collaborationName: string
  date: string
  memberName: string | null
  sections: Section[]
}

/** The per-member table: every member's exact share of every line, by year; the members' shares sum to what is allocated. */
export function costsOf(lines: readonly BasisCostLine[], participants: readonly { memberId: string; name: string }[]): BasisContent['costs'] {
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b)
  const names = new Map(participants.map((p) => [p.memberId, p.name]))
  const sums = new Map<string, bigint[]>()
  const totalByYear = years.map(() => 0n)
  let allocated = 0n
  for (const line of lines) {
    const y = years.indexOf(line.year)
    totalByYear[y]! += BigInt(line.totalOre)
    for (const share of line.shares) {
      let row = sums.get(share.memberId)
      if (!row) sums.set(share.memberId, (row = years.map(() => 0n)))
      row[y]! += BigInt(share.amountOre)
      allocated += BigInt(share.amountOre)
    }
  }
  const total = totalByYear.reduce((a, b) => a + b, 0n)
  const memberIds = [...new Set([...participants.map((p) => p.memberId), ...sums.keys()])]
  const perMember = memberIds
    .map((memberId) => {
      const row = sums.get(memberId) ?? years.map(() => 0n)
      return { memberId, name: names.get(memberId) ?? memberId, byYear: row.map(Number), totalOre: Number(row.reduce((a, b) => a + b, 0n)) }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  return { years, totalByYear: totalByYear.map(Number), totalOre: Number(total), perMember, unallocatedOre: Number(total - allocated) }
}

/** What goes into the decision basis, confidential records left out. */
export function assembleBasis(input: BasisInput): BasisContent {
  const documents = input.documents.filter((d) => d.final && !d.confidential)
  const omittedFiles = documents.reduce((n, d) => n + d.attachments.filter((a) => a.confidential).length, 0)
  const omitted = input.documents.filter((d) => d.final && d.confidential).length + omittedFiles + input.registered.filter((r) => r.confidential).length
  return {
    collaborationName: input.collaborationName,
    date: input.today,
    initiative: input.initiative,
    gate: input.gate,
    participants: [...input.participants].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    documents: documents.map((d) => ({ name: d.name, phaseName: d.phaseName, number: d.number, date: d.date, fields: d.fields.filter((f) => f.value.trim() !== ''), attachments: d.attachments.filter((a) => !a.confidential).map((a) => a.fileName) })),
    registered: input.registered.filter((r) => !r.confidential).map(({ confidential: _c, ...r }) => r),
    activities: input.activities,
    omitted,
    costs: costsOf(input.costLines, input.participants),
    benefits: input.benefits,
    risks: input.risks.filter((risk) => risk.category !== 'information_security'),
    withheldRisks: input.risks.filter((risk) => risk.category === 'information_security').length,
  }
}

/** The same content serialised the same way whatever the order of its keys: sorted keys, no spaces. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** The SHA-256 of the content's canonical serialisation, in hex: what the documents print and the register refers to. */
export const contentHash = (content: BasisContent) => createHash('sha256').update(canonicalJson(content)).digest('hex')

// ---- Swedish formats (the document is in Swedish whatever the reader's language) ----

const NBSP = '\u00a0'
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)

/** Integer öre → "1 234 567 kr" (or "1 234,50 kr"), exactly. */
export function kronor(ore: number): string {
  const sign = ore < 0 ? '-' : ''
  const abs = BigInt(Math.abs(ore))
  const rest = abs % 100n
  return `${sign}${group(String(abs / 100n))}${rest === 0n ? '' : `,${String(rest).padStart(2, '0')}`}${NBSP}kr`
}

/** A value in hundredths of its unit → "12,5 timmar", "1 234 kr". */
export function quantity(hundredths: number | null, unit: string): string {
  if (hundredths === null) return '–'
  if (unit === 'kr') return kronor(hundredths)
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(hundredths)
  const whole = group(String(Math.floor(abs / 100)))
  const rest = abs % 100
  const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0').replace(/0$/, '')}`
  return `${sign}${whole}${decimals}${unit ? `${NBSP}${unit}` : ''}`
}

/** Basis points → "87,5 %". */
export function percent(basisPoints: number | null): string {
  if (basisPoints === null) return '–'
  const sign = basisPoints < 0 ? '-' : ''
  const abs = Math.abs(basisPoints)
  const rest = abs % 100
  return `${sign}${group(String(Math.floor(abs / 100)))}${rest === 0 ? '' : `,${String(rest).padStart(2, '0').replace(/0$/, '')}`}${NBSP}%`
}

const CLASS = { financial: 'ekonomisk', reallocated_time: 'frigjord tid', quality: 'kvalitet' } as const
const DIRECTION = { increase: 'högre är bättre', decrease: 'lägre är bättre' } as const
const dated = (value: string, date: string | null) => (date ? `${value} (${date})` : value)

/** The Swedish genitive: "Kalix", "Luleås", "Bodens". */
export const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`)

/** "A, B och C". */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`
}

/** The numbered sentences of the proposed decision: the common one, or one member's likalydande beslut. */
export function proposedDecision(content: BasisContent, memberId: string | null = null): string[] {
  const { gate, initiative, costs } = content
  if (!gate) return [`att notera informationen om ${initiative.title}.`]
  const member = memberId ? content.costs.perMember.find((m) => m.memberId === memberId) : undefined
  const onward = gate.nextPhaseName ? `så att initiativet går vidare från ${initiative.phaseName.toLowerCase()} till ${gate.nextPhaseName.toLowerCase()}` : 'så att initiativet avslutas'
  const sentences: string[] = []
  if (member) sentences.push(`att ${member.name} ställer sig bakom att ${initiative.title} passerar ${gate.name.toLowerCase()}, ${onward}, i likalydande beslut med övriga deltagande medlemmar,`)
  else sentences.push(`att ${initiative.title} passerar ${gate.name.toLowerCase()}, ${onward},`)
  if (costs.totalOre > 0) {
    const years = costs.years.length === 1 ? `för ${costs.years[0]}` : `för ${costs.years[0]}–${costs.years[costs.years.length - 1]}`
    sentences.push(`att kostnaden ${years} om totalt ${kronor(costs.totalOre)} fördelas mellan de deltagande medlemmarna enligt kostnadsnyckeln i tabellen under Kostnader,`)
    if (member) sentences.push(`att ${genitive(member.name)} andel av kostnaden är ${kronor(member.totalOre)},`)
  }
  if (!member && gate.membersMustDecide && content.participants.length > 0) {
    sentences.push(`att beslutet gäller under förutsättning att ${listed(content.participants.map((p) => p.name))} fattar likalydande beslut,`)
  }
  if (member) sentences.push(`att ${member.name} följer upp sina nyttor enligt indikatorerna under Mål och nytta.`)
  else sentences.push('att projektledaren får i uppdrag att följa upp nyttorna enligt indikatorerna under Mål och nytta.')
  const last = sentences.length - 1
  sentences[last] = sentences[last]!.replace(/,$/, '.')
  return sentences
}

/** Who takes the proposed decision: the gate's deciding bodies, and each member in its own assembly where required. */
export function decidedBy(content: BasisContent, memberName: string | null): string {
  if (memberName) return `${memberName} (likalydande beslut)`
  const bodies = [...new Set((content.gate?.decisions ?? []).flatMap((d) => d.decidedBy))]
  const parts = [...bodies]
  if (content.gate?.membersMustDecide) parts.push('varje deltagande medlem')
  return parts.length ? listed(parts) : 'Samverkans beslutande organ'
}

function benefitTable(indicators: readonly BasisBenefitIndicator[], memberId: string | null): Block[] {
  return indicators.map((indicator) => ({
    kind: 'table' as const,
    caption: `${indicator.effect}: ${indicator.name} (${CLASS[indicator.benefitClass]}, ${DIRECTION[indicator.direction]})`,
    columns: ['Medlem', 'Utgångsvärde', 'Mål', 'Senast uppmätt', 'Realiserat'],
    numeric: [false, true, true, true, true],
    rows: indicator.members
      .filter((m) => memberId === null || m.memberId === memberId)
      .map((m) => [m.memberName, dated(quantity(m.baseline, indicator.unit), m.baselineDate), dated(quantity(m.target, indicator.unit), m.targetDate), dated(quantity(m.latest, indicator.unit), m.latestDate), percent(m.realisationBasisPoints)]),
    total: null,
  }))
}

/** The sections every rendering prints, for the common basis (memberId null) or one member's variant. */
export function basisDocument(content: BasisContent, memberId: string | null = null): BasisDocument {
  const { initiative, gate, costs } = content
  const member = memberId ? (costs.perMember.find((m) => m.memberId === memberId) ?? null) : null
  const memberName = member?.name ?? (memberId ? (content.participants.find((p) => p.memberId === memberId)?.name ?? null) : null)
  const sections: Section[] = []

  const background: Block[] = []
  if (initiative.need) background.push({ kind: 'paragraph', text: initiative.need })
  else background.push({ kind: 'paragraph', text: 'Behovet är inte beskrivet i initiativet.' })
  const facts = [
    `Process: ${initiative.processName}, fas: ${initiative.phaseName}`,
    `Registrerat: ${initiative.registeredOn}${initiative.proposingMemberName ? ` av ${initiative.proposingMemberName}` : ''}`,
    `Deltagande medlemmar: ${content.participants.length ? listed(content.participants.map((p) => p.name)) : 'inga ännu'}`,
  ]
  if (initiative.projectManager) facts.push(`Projektledare: ${initiative.projectManager}`)
  if (initiative.areas.length) facts.push(`Områden: ${initiative.areas.join(', ')}`)
  background.push({ kind: 'list', items: facts })
  sections.push({ key: 'background', heading: '1. Bakgrund och behov', blocks: background })

  const goals: Block[] = [{ kind: 'paragraph', text: initiative.description || 'Målet är inte beskrivet i initiativet.' }]
  const indicators = memberId ? content.benefits.filter((i) => i.members.some((m) => m.memberId === memberId)) : content.benefits
  if (indicators.length) goals.push(...benefitTable(indicators, memberId))
  else goals.push({ kind: 'paragraph', text: 'Inga nyttoindikatorer är registrerade ännu.' })
  sections.push({ key: 'benefits', heading: '2. Mål och nytta', blocks: goals })

  const activities: Block[] = []
  if (content.documents.length) {
    activities.push({
      kind: 'table',
      caption: 'Fastställda handlingar',
      columns: ['Handling', 'Fas', 'Version', 'Datum', 'Bilagor'],
      numeric: [false, false, true, false, false],
      rows: content.documents.map((d) => [d.name, d.phaseName, String(d.number), d.date, d.attachments.join(', ') || '–']),
      total: null,
    })
    for (const d of content.documents) if (d.fields.length) activities.push({ kind: 'list', items: d.fields.map((f) => `${d.name} – ${f.label}: ${f.value}`) })
  } else activities.push({ kind: 'paragraph', text: 'Inga fastställda handlingar finns ännu.' })
  if (content.registered.length) {
    activities.push({ kind: 'table', caption: 'Registrerade handlingar', columns: ['Diarienummer', 'Datum', 'Beskrivning'], numeric: [false, false, false], rows: content.registered.map((r) => [r.number, r.date, r.description]), total: null })
  }
  if (content.activities.length) activities.push({ kind: 'list', items: content.activities.map((a) => `${a.date} ${a.text}`) })
  if (content.omitted > 0) activities.push({ kind: 'paragraph', text: `${content.omitted} ${content.omitted === 1 ? 'handling eller fil omfattas' : 'handlingar eller filer omfattas'} av sekretess och har utelämnats.` })
  sections.push({ key: 'activities', heading: '3. Aktiviteter och handlingar', blocks: activities })

  const costBlocks: Block[] = []
  if (costs.years.length === 0) costBlocks.push({ kind: 'paragraph', text: 'Ingen budget är upprättad för initiativet ännu.' })
  else {
    costBlocks.push({ kind: 'paragraph', text: `Den totala kostnaden är ${kronor(costs.totalOre)}, fördelad mellan medlemmarna enligt kostnadsnyckeln.` })
    const rows = costs.perMember.filter((m) => memberId === null || m.memberId === memberId).map((m) => [m.name, ...m.byYear.map(kronor), kronor(m.totalOre)])
    if (costs.unallocatedOre !== 0 && memberId === null) rows.push(['Ej fördelat', ...costs.years.map(() => '–'), kronor(costs.unallocatedOre)])
    costBlocks.push({
      kind: 'table',
      caption: memberId ? 'Medlemmens kostnad per år' : 'Kostnad per medlem och år',
      columns: ['Medlem', ...costs.years.map(String), 'Totalt'],
      numeric: [false, ...costs.years.map(() => true), true],
      rows,
      total: memberId ? null : ['Summa', ...costs.totalByYear.map(kronor), kronor(costs.totalOre)],
    })
  }
  sections.push({ key: 'costs', heading: '4. Kostnader och finansiering', blocks: costBlocks })

  const risks = memberId ? content.risks.filter((r) => r.memberId === null || r.memberId === memberId) : content.risks
  const score = (p: number | null, c: number | null, s: number | null) => (s === null ? '–' : `${s} (${p}×${c})`)
  sections.push({
    key: 'risks',
    heading: '5. Risker och möjligheter',
    blocks: risks.length
      ? [
          {
            kind: 'table',
            caption: 'Risker och möjligheter, högst värde först',
            columns: ['Risk/möjlighet', 'Orsak och konsekvens', 'Före', 'Efter', 'Åtgärder', 'Ägare'],
            numeric: [false, false, true, true, false, false],
            rows: risks.map((r) => [
              `${r.kind === 'risk' ? 'Risk' : 'Möjlighet'}: ${r.title}${r.memberName ? ` (${r.memberName})` : ''}${r.status === 'closed' ? ' – stängd' : ''}`,
              [r.cause, r.consequence].filter(Boolean).join(' → '),
              score(r.probabilityBefore, r.consequenceBefore, r.scoreBefore),
              score(r.probabilityAfter, r.consequenceAfter, r.scoreAfter),
              [r.strategy, r.measures].filter(Boolean).join(': '),
              r.ownerName,
            ]),
            total: null,
          },
        ]
      : [{ kind: 'paragraph', text: content.withheldRisks ? 'Inga andra risker är registrerade.' : 'Inga risker är registrerade ännu.' }],
  })
  if (content.withheldRisks > 0) {
    sections.at(-1)!.blocks.push({ kind: 'paragraph', text: `${content.withheldRisks} ${content.withheldRisks === 1 ? 'risk som rör' : 'risker som rör'} informationssäkerheten omfattas av sekretess (OSL 18 kap. 8 §) och redovisas inte här.` })
  }

  sections.push({
    key: 'alternatives',
    heading: '6. Alternativ',
    blocks: [
      {
        kind: 'list',
        items: [
          `Att inte genomföra initiativet: behovet kvarstår och nyttorna under Mål och nytta uteblir; ingen kostnad uppstår för initiativet.`,
          'Att varje medlem genomför på egen hand: varje medlem bär hela kostnaden för sin egen lösning, och samverkans stordriftsfördelar och gemensamma kompetens går förlorade.',
          'Att genomföra initiativet i samverkan enligt förslaget: kostnaden delas enligt kostnadsnyckeln och nyttorna följs upp per medlem.',
        ],
      },
    ],
  })

  const proposal: Block[] = [{ kind: 'paragraph', text: `${decidedBy(content, memberName)} föreslås besluta` }, { kind: 'numbered', items: proposedDecision(content, member ? memberId : null) }]
  sections.push({ key: 'proposal', heading: '7. Förslag till beslut', blocks: proposal })

  sections.push({
    key: 'unmet',
    heading: '8. Vad som återstår innan grinden kan passeras',
    blocks: gate && gate.unmet.length ? [{ kind: 'list', items: gate.unmet }] : [{ kind: 'paragraph', text: gate ? 'Inget: grindens villkor är uppfyllda när besluten är fattade.' : 'Fasen har ingen grind.' }],
  })

  return {
    title: `Beslutsunderlag: ${initiative.title}`,
    subtitle: gate ? `${gate.name} – ${initiative.phaseName}` : initiative.phaseName,
    collaborationName: content.collaborationName,
    date: content.date,
    memberName,
    sections,
  }
}
