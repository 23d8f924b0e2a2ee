// The annual plan (verksamhetsplan) as a PDF, in the layout of the minutes (meetings/minutes-pdf.ts):
// a title block, then goals, activities, budget, the project bank and each member's decision on the plan.
import PDFDocument from 'pdfkit'
import { formatOre, MISSING } from '../../shared/format'
import { BOLD, BOTTOM_MARGIN, contentWidth, drawPageFurniture, ensureSpace, FONT, INK, ITALIC, MARGIN, MUTED, printableDeep, RULE, type Doc } from '../../server/pdf/pdf-layout'
import type { Plan } from './planning.schema'

type Locale = 'sv' | 'en'

const GUTTER = 8

const LABELS = {
  sv: {
    lang: 'sv-SE',
    kind: 'VERKSAMHETSPLAN',
    title: (year: number) => `Verksamhetsplan ${year}`,
    draftTitle: (year: number) => `Förslag till verksamhetsplan ${year}`,
    adopted: 'Fastställd',
    draft: 'FÖRSLAG',
    notAdopted: 'Ej fastställd',
    draftNote: 'Förslag – planen är ännu inte fastställd.',
    goals: 'Mål',
    noGoals: 'Inga mål angivna.',
    activities: 'Aktiviteter',
    noActivities: 'Inga aktiviteter ryms i planen.',
    rank: 'Nr',
    activity: 'Aktivitet',
    participants: 'Deltagande medlemmar',
    allMembers: (count: number) => `Alla medlemmar (${count})`,
    cost: 'Kostnad',
    total: 'Summa',
    budget: 'Budget',
    frame: 'Ram',
    activitiesTotal: 'Summa aktiviteter',
    left: 'Kvar',
    bank: 'Projektbank',
    bankNote: 'Prioriterade förslag som inte rymdes inom ramen. De kan tas upp i en senare planeringsomgång.',
    noBank: 'Inga förslag i projektbanken.',
    proposal: 'Förslag',
    approvals: 'Medlemmarnas beslut',
    member: 'Medlem',
    decision: 'Beslut',
    date: 'Datum',
    reference: 'Paragraf',
    outcome: { approve: 'Godkänt', reject: 'Avslagit', pending: 'Inte beslutat' },
    of: 'av',
    page: (n: number, count: number) => `Sida ${n} av ${count}`,
  },
  en: {
    lang: 'en-GB',
    kind: 'ANNUAL PLAN',
    title: (year: number) => `Annual plan ${year}`,
    draftTitle: (year: number) => `Draft annual plan ${year}`,
    adopted: 'Adopted',
    draft: 'DRAFT',
    notAdopted: 'Not adopted',
    draftNote: 'Draft – the plan has not been adopted yet.',
    goals: 'Goals',
    noGoals: 'No goals stated.',
    activities: 'Activities',
    noActivities: 'No activities fit in the plan.',
    rank: 'No.',
    activity: 'Activity',
    participants: 'Participating members',
    allMembers: (count: number) => `All members (${count})`,
    cost: 'Cost',
    total: 'Total',
    budget: 'Budget',
    frame: 'Budget frame',
    activitiesTotal: 'Activities total',
    left: 'Remaining',
    bank: 'Project bank',
    bankNote: 'Prioritised proposals that did not fit within the frame. They may be taken up in a later planning round.',
    noBank: 'No proposals in the project bank.',
    proposal: 'Proposal',
    approvals: 'Members’ decisions',
    member: 'Member',
    decision: 'Decision',
    date: 'Date',
    reference: 'Reference',
    outcome: { approve: 'Approved', reject: 'Rejected', pending: 'Not decided' },
    of: 'of',
    page: (n: number, count: number) => `Page ${n} of ${count}`,
  },
} as const
type Labels = (typeof LABELS)[Locale]

function hairline(doc: Doc, y: number, color = RULE): void {
  doc.moveTo(MARGIN, y).lineTo(MARGIN + contentWidth(doc), y).lineWidth(0.5).strokeColor(color).stroke()
}

interface Column {
  title: string
  share: number
  align?: 'left' | 'right'
}
type RowStyle = 'head' | 'body' | 'pending' | 'total'
interface Row {
  cells: string[]
  style?: RowStyle
}

const ROW_STYLE: Record<RowStyle, { font: string; size: number; color: string }> = {
  head: { font: BOLD, size: 8.5, color: MUTED },
  body: { font: FONT, size: 9.5, color: INK },
  pending: { font: ITALIC, size: 9.5, color: MUTED },
  total: { font: BOLD, size: 9.5, color: INK },
}

/** A full-width table; one that goes on over a page repeats its column titles. */
function table(doc: Doc, columns: Column[], rows: Row[], withHeader = true): void {
  const width = contentWidth(doc)
  const widths = columns.map((c, i) => c.share * width - (i < columns.length - 1 ? GUTTER : 0))
  const drawRow = ({ cells, style = 'body' }: Row) => {
    const { font, size, color } = ROW_STYLE[style]
    doc.font(font).fontSize(size)
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] }))) + 4
    if (doc.y + height + (style === 'total' ? 4 : 0) > doc.page.height - BOTTOM_MARGIN) {
      ensureSpace(doc, Infinity)
      if (withHeader && style !== 'head') drawHeader()
      doc.font(font).fontSize(size)
    }
    if (style === 'total') {
      hairline(doc, doc.y, INK)
      doc.y += 4
    }
    const top = doc.y
    let x = MARGIN
    cells.forEach((cell, i) => {
      doc.fillColor(color).text(cell, x, top, { width: widths[i], align: columns[i]!.align ?? 'left' })
      x += columns[i]!.share * width
    })
    doc.y = top + height
  }
  function drawHeader() {
    drawRow({ cells: columns.map((c) => c.title), style: 'head' })
    hairline(doc, doc.y - 2)
    doc.y += 2
  }
  if (withHeader) drawHeader()
  rows.forEach(drawRow)
}

/** A section heading, kept on the page together with the first `keepWith` points of its content. */
function section(doc: Doc, title: string, keepWith = 60): void {
  ensureSpace(doc, 30 + keepWith)
  doc.y += 12
  doc.font(BOLD).fontSize(12).fillColor(INK).text(title, MARGIN, doc.y, { width: contentWidth(doc) })
  doc.y += 6
}

function note(doc: Doc, text: string): void {
  doc.font(ITALIC).fontSize(9.5).fillColor(MUTED).text(text, MARGIN, doc.y, { width: contentWidth(doc) })
  doc.y += 6
}

function titleBlock(doc: Doc, plan: Plan, t: Labels): void {
  const width = contentWidth(doc)
  const top = MARGIN
  doc.font(BOLD).fontSize(13).fillColor(INK).text(plan.collaborationName, MARGIN, top, { width: width - 190 })
  const leftBottom = doc.y
  doc.font(BOLD).fontSize(18).text(t.kind, MARGIN + width - 190, top - 2, { width: 190, align: 'right' })
  if (plan.adoptedOn) {
    doc.font(FONT).fontSize(9).fillColor(MUTED).text(t.adopted, { width: 190, align: 'right' })
    const decision = plan.adoptedReference ? `${plan.adoptedOn}, ${plan.adoptedReference}` : plan.adoptedOn
    doc.font(BOLD).fontSize(11).fillColor(INK).text(decision, { width: 190, align: 'right' })
  } else {
    doc.font(BOLD).fontSize(14).fillColor(INK).text(t.draft, { width: 190, align: 'right' })
    doc.font(FONT).fontSize(9).fillColor(MUTED).text(t.notAdopted, { width: 190, align: 'right' })
  }
  const y = Math.max(leftBottom, doc.y) + 8
  doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(1).strokeColor(INK).stroke()
  doc.y = y + 16

  const heading = t.title(plan.year)
  doc.font(BOLD).fontSize(20).fillColor(INK).text(heading, MARGIN, doc.y, { width })
  // The round's own title, when it says more than "Verksamhetsplan 2027".
  if (plan.title.trim() && plan.title.trim() !== heading) {
    doc.font(FONT).fontSize(12).text(plan.title.trim(), MARGIN, doc.y + 2, { width })
  }
  if (!plan.adoptedOn) {
    doc.font(BOLD).fontSize(10.5)
    const pad = 8
    const height = doc.heightOfString(t.draftNote, { width: width - 2 * pad }) + 2 * pad
    const boxTop = doc.y + 10
    doc.rect(MARGIN, boxTop, width, height).lineWidth(1).strokeColor(INK).stroke()
    doc.fillColor(INK).text(t.draftNote, MARGIN + pad, boxTop + pad, { width: width - 2 * pad })
    doc.y = boxTop + height
  }
  doc.y += 8
}

function goals(doc: Doc, plan: Plan, t: Labels): void {
  section(doc, t.goals)
  const paragraphs = plan.goals.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
  if (!paragraphs.length) return note(doc, t.noGoals)
  for (const p of paragraphs) {
    doc.font(FONT).fontSize(10).fillColor(INK).text(p, MARGIN, doc.y, { width: contentWidth(doc), lineGap: 2 })
    doc.y += 6
  }
}

/** The participants of an activity; "Alla medlemmar (49)" rather than every name when all take part. */
function participantsText(participants: string[], members: string[], t: Labels): string {
  if (!participants.length) return MISSING
  const all = new Set(members)
  const joined = new Set(participants)
  if (all.size > 1 && joined.size === all.size && [...all].every((m) => joined.has(m))) return t.allMembers(all.size)
  return participants.join(', ')
}

// The amount column has the same width in every table, so that amounts line up down the document.
const AMOUNT_SHARE = 0.2

function activities(doc: Doc, plan: Plan, t: Labels, totalOre: number): void {
  section(doc, t.activities)
  if (!plan.activities.length) note(doc, t.noActivities)
  const members = plan.approvals.map((a) => a.name)
  const rows: Row[] = [...plan.activities]
    .sort((a, b) => a.rank - b.rank)
    .map((a) => ({ cells: [`${a.rank}`, a.title, participantsText(a.participants, members, t), formatOre(a.estimatedCostOre)] }))
  rows.push({ cells: ['', t.total, '', formatOre(totalOre)], style: 'total' })
  table(
    doc,
    [
      { title: t.rank, share: 0.07 },
      { title: t.activity, share: 0.43 },
      { title: t.participants, share: 0.3 },
      { title: t.cost, share: AMOUNT_SHARE, align: 'right' },
    ],
    rows,
  )
}

function budget(doc: Doc, plan: Plan, t: Labels, totalOre: number): void {
  section(doc, t.budget)
  table(
    doc,
    [
      { title: '', share: 1 - AMOUNT_SHARE },
      { title: '', share: AMOUNT_SHARE, align: 'right' },
    ],
    [
      { cells: [t.frame, formatOre(plan.budgetFrameOre)] },
      { cells: [t.activitiesTotal, formatOre(totalOre)] },
      { cells: [t.left, formatOre(plan.budgetFrameOre - totalOre)], style: 'total' },
    ],
    false,
  )
}

function bank(doc: Doc, plan: Plan, t: Labels): void {
  section(doc, t.bank)
  if (!plan.bank.length) return note(doc, t.noBank)
  note(doc, t.bankNote)
  table(
    doc,
    [
      { title: t.rank, share: 0.07 },
      { title: t.proposal, share: 1 - 0.07 - AMOUNT_SHARE },
      { title: t.cost, share: AMOUNT_SHARE, align: 'right' },
    ],
    [...plan.bank].sort((a, b) => a.rank - b.rank).map((p) => ({ cells: [`${p.rank}`, p.title, formatOre(p.estimatedCostOre)] })),
  )
}

function approvals(doc: Doc, plan: Plan, t: Labels): void {
  section(doc, t.approvals)
  const count = (outcome: 'approve' | 'reject' | null) => plan.approvals.filter((a) => a.outcome === outcome).length
  note(doc, `${t.outcome.approve}: ${count('approve')} ${t.of} ${plan.approvals.length} · ${t.outcome.reject}: ${count('reject')} · ${t.outcome.pending}: ${count(null)}`)
  table(
    doc,
    [
      { title: t.member, share: 0.38 },
      { title: t.decision, share: 0.2 },
      { title: t.date, share: 0.18 },
      { title: t.reference, share: 0.24 },
    ],
    plan.approvals.map((a) =>
      a.outcome
        ? { cells: [a.name, t.outcome[a.outcome], a.decidedOn ?? MISSING, a.reference || MISSING] }
        : { cells: [a.name, t.outcome.pending, MISSING, MISSING], style: 'pending' as const },
    ),
  )
}

/** The running header from page 2 and the footer with "Sida n av N" on every page. */
function pageFurniture(doc: Doc, plan: Plan, t: Labels): void {
  const title = plan.adoptedOn ? t.title(plan.year) : t.draftTitle(plan.year)
  const footer = plan.adoptedOn ? `${plan.collaborationName} · ${title} · ${t.adopted} ${plan.adoptedOn}` : `${plan.collaborationName} · ${title}`
  drawPageFurniture(doc, { header: [plan.collaborationName, title], footer, pageLabel: t.page })
}

/** Renders the annual plan; marked "Förslag" (draft) until it has been adopted. */
export async function planPdf(original: Plan, locale: Locale): Promise<Buffer> {
  const plan = printableDeep(original)
  const t = LABELS[locale]
  // The sum of the rows printed, so that the table always adds up (it equals plan.fundedOre).
  const totalOre = plan.activities.reduce((sum, a) => sum + a.estimatedCostOre, 0)
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: BOTTOM_MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: t.lang,
    displayTitle: true,
    info: { Title: plan.adoptedOn ? t.title(plan.year) : t.draftTitle(plan.year), Author: plan.collaborationName, Subject: plan.title },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  titleBlock(doc, plan, t)
  goals(doc, plan, t)
  activities(doc, plan, t, totalOre)
  budget(doc, plan, t, totalOre)
  bank(doc, plan, t)
  approvals(doc, plan, t)
  pageFurniture(doc, plan, t)
  doc.end()
  return done
}
