// The minutes (protokoll) of a meeting as a PDF in the layout Swedish municipalities use: a
// first page with attendance, signatures and the notice (anslag), then the paragraphs one by one.
// Until every approval is in, each page is marked as a draft that is not approved.
import { formatDateTime } from '../../shared/format'
import { BOLD, BOTTOM_MARGIN, contentWidth, drawPageFurniture, ensureSpace, FONT, INK, ITALIC, labelledRow, MARGIN, MUTED, openDocument, printableDeep, RULE, type Doc } from '../../server/pdf/pdf-layout'

/** One approval (justering): done in Samverka, or signed on paper and recorded by the secretary. */
export interface Approval {
  role: 'chair' | 'adjuster'
  name: string
  approvedAt: string // ISO timestamp: when it was done, or recorded
  recorded: boolean
  signedOn: string | null // YYYY-MM-DD, the paper signature's date
  recordedByName: string | null
}

/** One § as the minutes print it; an extract prints the same § on its own. */
export interface MinutesParagraph {
  number: number
  title: string
  caseNumber: string | null
  wording: string
  outcome: 'approve' | 'reject' | 'defer'
  reservations: string
  confidentialGround: string | null
}

export interface MinutesDocument {
  /** The meeting is held but the minutes are not yet approved by all. */
  draft: boolean
  collaborationName: string
  bodyName: string
  meetingDate: string // YYYY-MM-DD
  startsAt: string // HH:MM
  endsAt: string | null
  place: string
  present: {
    name: string
    seatRole: 'ledamot' | 'ersattare'
    memberName: string | null
    servingFor: string | null
    position: 'chair' | 'vice_chair' | null
  }[]
  /** Ledamöter and ersättare called who were not there. */
  absent: { name: string; seatRole: 'ledamot' | 'ersattare'; memberName: string | null }[]
  others: { name: string; title: string }[] // officials present: secretary, e-samordnare, föredragande
  secretary: string
  chair: string
  adjusters: string[]
  paragraphs: MinutesParagraph[]
  approvals: Approval[]
  notice: { postedOn: string; appealEndsOn: string } | null
  /** The audit log's head when the minutes were posted, signed into a checkpoint: its entry and hash. */
  auditAnchor?: { auditId: number; auditHash: string } | null
}


const LABEL_WIDTH = 118
const SEAT_ROLE = { ledamot: 'ledamot', ersattare: 'ersättare' } as const
const POSITION = { chair: 'ordförande', vice_chair: 'vice ordförande' } as const
export const OUTCOME = { approve: 'Beslut: bifall', reject: 'Beslut: avslag', defer: 'Bordläggs' } as const
export const DRAFT_MARK = 'Utkast – ej justerat'

/** Lets anyone holding the posted minutes check that the audit log still has this entry with this hash. */
export const auditAnchorLine = (anchor: { auditId: number; auditHash: string }) => `Granskningslogg: post ${anchor.auditId}, kontrollsumma ${anchor.auditHash.slice(0, 16)}`

/** "2026-11-25 kl. 14:02" in Swedish time, whatever the server's zone. */
export function formatApprovalTime(timestamp: string): string {
  return formatDateTime(timestamp).replace(' ', ' kl. ')
}

/** "Justerat digitalt 2026-11-25 kl. 14:02", or "Justerat på papper 2026-11-25, registrerat i Samverka av …". */
export function approvalText(approval: Approval): string {
  if (!approval.recorded) return `Justerat digitalt ${formatApprovalTime(approval.approvedAt)}`
  const signed = approval.signedOn ?? formatDateTime(approval.approvedAt).slice(0, 10)
  return `Justerat på papper ${signed}${approval.recordedByName ? `, registrerat i Samverka av ${approval.recordedByName}` : ''}`
}

/** "§ 12–15", or "§ 3–4, 7" when the numbers have gaps. */
export function paragraphRange(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`)
    i = j + 1
  }
  return ranges.length ? `§ ${ranges.join(', ')}` : '–'
}

const row = (doc: Doc, label: string, draw: (x: number, width: number) => void) => labelledRow(doc, label, draw, LABEL_WIDTH)

/**
 * The masthead a meeting's documents share: the collaboration and body on the left, the kind of document and
 * the meeting's date on the right, a rule below. Leaves the cursor under the rule.
 */
export function meetingMasthead(doc: Doc, m: { collaborationName: string; bodyName: string; meetingDate: string }, kind: string, kindWidth = 170, kindSize = 18): void {
  const width = contentWidth(doc)
  const top = MARGIN
  doc.font(BOLD).fontSize(13).fillColor(INK).text(m.collaborationName, MARGIN, top, { width: width - kindWidth })
  // A joint committee often bears the collaboration's own name: say it once.
  if (m.bodyName !== m.collaborationName) doc.font(FONT).fontSize(11).text(m.bodyName, { width: width - kindWidth })
  const leftBottom = doc.y
  doc.font(BOLD).fontSize(kindSize).text(kind, MARGIN + width - kindWidth, top - 2, { width: kindWidth, align: 'right' })
  doc.font(FONT).fontSize(9).fillColor(MUTED).text('Sammanträdesdatum', { width: kindWidth, align: 'right' })
  doc.font(BOLD).fontSize(11).fillColor(INK).text(m.meetingDate, { width: kindWidth, align: 'right' })
  const y = Math.max(leftBottom, doc.y) + 8
  doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(1).strokeColor(INK).stroke()
  doc.y = y + 14
}

function header(doc: Doc, m: MinutesDocument): void {
  meetingMasthead(doc, m, 'PROTOKOLL')
  if (m.draft) draftBanner(doc)
}

/** The draft's marking under the title: what it is and why it may still change. */
function draftBanner(doc: Doc): void {
  const width = contentWidth(doc)
  const text = 'Protokollet är inte justerat. Det kan ändras tills ordföranden och justerarna har justerat det.'
  doc.font(FONT).fontSize(9.5)
  const height = 16 + 6 + doc.heightOfString(text, { width: width - 20 }) + 8
  const top = doc.y
  doc.rect(MARGIN, top, width, height).lineWidth(1.5).strokeColor(INK).stroke()
  doc.font(BOLD).fontSize(12).fillColor(INK).text(DRAFT_MARK.toUpperCase(), MARGIN + 10, top + 8, { width: width - 20 })
  doc.font(FONT).fontSize(9.5).text(text, MARGIN + 10, doc.y + 2, { width: width - 20 })
  doc.y = top + height + 14
}

function attendanceTable(doc: Doc, present: MinutesDocument['present'], x: number, width: number): void {
  const columns = [
    { title: 'Namn', share: 0.31 },
    { title: 'Roll', share: 0.16 },
    { title: 'Medlem', share: 0.23 },
    { title: 'Anmärkning', share: 0.3 },
  ].map((c) => ({ ...c, width: c.share * width }))
  const drawRow = (cells: string[], font: string, size: number, color: string) => {
    doc.font(font).fontSize(size)
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width - 6 }))
    if (doc.y + Math.max(...heights) + 4 > doc.page.height - BOTTOM_MARGIN) {
      ensureSpace(doc, Infinity)
      drawHeader() // a table that goes on over the page repeats its column titles
      doc.font(font).fontSize(size)
    }
    const top = doc.y
    let cx = x
    cells.forEach((cell, i) => {
      doc.fillColor(color).text(cell, cx, top, { width: columns[i]!.width - 6 })
      cx += columns[i]!.width
    })
    doc.y = top + Math.max(...heights) + 4
  }
  function drawHeader() {
    drawRow(columns.map((c) => c.title), BOLD, 8.5, MUTED)
    doc.moveTo(x, doc.y - 2).lineTo(x + width, doc.y - 2).lineWidth(0.5).strokeColor(RULE).stroke()
    doc.y += 2
  }
  drawHeader()
  for (const p of present) {
    const remarks = [p.position ? POSITION[p.position] : null, p.servingFor ? `tjänstgörande ersättare för ${p.servingFor}` : null]
    drawRow(
      [p.name, SEAT_ROLE[p.seatRole], p.memberName ?? '–', remarks.filter(Boolean).join(', ')],
      FONT,
      9.5,
      INK,
    )
  }
}

/** One signature: how it was approved above a line, the name below; an empty line until approved. */
function signature(doc: Doc, x: number, width: number, name: string, approval: Approval | null, line = true): void {
  const top = doc.y
  let lineY = top + 22
  if (approval) {
    doc.font(ITALIC).fontSize(9).fillColor(INK).text(approvalText(approval), x, top + 6, { width })
    lineY = Math.max(lineY, doc.y + 4)
  }
  if (line) doc.moveTo(x, lineY).lineTo(x + 230, lineY).lineWidth(0.5).strokeColor(INK).stroke()
  doc.font(FONT).fontSize(10).fillColor(INK).text(name, x, line ? lineY + 4 : top + 8, { width: 230 })
}

function signatures(doc: Doc, m: MinutesDocument): void {
  // Whoever approved as chair signs as chair (a vice chair may have presided).
  const chairApproval = m.approvals.find((a) => a.role === 'chair') ?? null
  const adjusterApproval = (name: string) => m.approvals.find((a) => a.role === 'adjuster' && a.name === name) ?? null
  // An adjuster who approved in someone's place still signs.
  const adjusters = [...new Set([...m.adjusters, ...m.approvals.filter((a) => a.role === 'adjuster').map((a) => a.name)])]
  row(doc, 'Sekreterare', (x, width) => signature(doc, x, width, m.secretary, null, false))
  row(doc, 'Ordförande', (x, width) => signature(doc, x, width, chairApproval?.name ?? m.chair, chairApproval))
  for (const name of adjusters) row(doc, 'Justerare', (x, width) => signature(doc, x, width, name, adjusterApproval(name)))
}

function noticeBox(doc: Doc, m: MinutesDocument, notice: NonNullable<MinutesDocument['notice']>): void {
  const width = contentWidth(doc)
  const pad = 10
  const text =
    'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n' +
    `Anslaget sätts upp ${notice.postedOn} och tas ned ${notice.appealEndsOn}.`
  const facts: [string, string][] = [
    ['Organ', m.bodyName],
    ['Sammanträdesdatum', m.meetingDate],
    ['Sista dag att överklaga', notice.appealEndsOn],
  ]
  const valueX = MARGIN + pad + LABEL_WIDTH + 20
  const valueWidth = width - LABEL_WIDTH - 20 - 2 * pad
  doc.font(FONT).fontSize(9.5)
  const factHeights = facts.map(([, value]) => Math.max(14, doc.heightOfString(value, { width: valueWidth }) + 3))
  const anchor = m.auditAnchor ? auditAnchorLine(m.auditAnchor) : null
  const anchorHeight = anchor ? doc.fontSize(8).heightOfString(anchor, { width: width - 2 * pad }) + 6 : 0
  doc.fontSize(9.5)
  const height = 22 + doc.heightOfString(text, { width: width - 2 * pad }) + 8 + factHeights.reduce((a, b) => a + b) + anchorHeight + pad
  ensureSpace(doc, height + 10)
  const top = doc.y + 4
  doc.rect(MARGIN, top, width, height).lineWidth(0.8).strokeColor(INK).stroke()
  doc.font(BOLD).fontSize(10).fillColor(INK).text('ANSLAG/BEVIS', MARGIN + pad, top + pad)
  doc.font(FONT).fontSize(9.5).text(text, MARGIN + pad, doc.y + 3, { width: width - 2 * pad })
  let y = doc.y + 8
  facts.forEach(([label, value], i) => {
    doc.font(BOLD).fontSize(9).fillColor(MUTED).text(label, MARGIN + pad, y, { width: LABEL_WIDTH + 20 })
    doc.font(label.startsWith('Sista') ? BOLD : FONT).fontSize(9.5).fillColor(INK)
    doc.text(value, valueX, y, { width: valueWidth })
    y += factHeights[i]!
  })
  if (anchor) doc.font(FONT).fontSize(8).fillColor(MUTED).text(anchor, MARGIN + pad, y + 4, { width: width - 2 * pad })
  doc.y = top + height + 12
}

function firstPage(doc: Doc, m: MinutesDocument): void {
  header(doc, m)
  const time = m.endsAt ? `${m.startsAt}–${m.endsAt}` : `${m.startsAt}–`
  row(doc, 'Plats och tid', (x, width) => doc.text(`${m.place}, ${time}`, x, doc.y, { width }))
  // Those who decide: the ledamöter present and the ersättare serving for an absent ledamot.
  const deciding = m.present.filter((p) => p.seatRole === 'ledamot' || p.servingFor)
  const substitutes = m.present.filter((p) => p.seatRole === 'ersattare' && !p.servingFor)
  row(doc, 'Beslutande', (x, width) => attendanceTable(doc, deciding, x, width))
  if (substitutes.length) {
    row(doc, 'Ersättare, ej tjänstgörande', (x, width) => {
      for (const p of substitutes) doc.text(`${p.name}${p.memberName ? ` (${p.memberName})` : ''}`, x, doc.y, { width })
    })
  }
  if (m.others.length) {
    row(doc, 'Övriga närvarande', (x, width) => {
      for (const o of m.others) doc.text(o.title ? `${o.name}, ${o.title}` : o.name, x, doc.y, { width })
    })
  }
  if (m.absent.length) {
    row(doc, 'Frånvarande', (x, width) => {
      for (const a of m.absent) doc.text(`${a.name}, ${SEAT_ROLE[a.seatRole]}${a.memberName ? ` (${a.memberName})` : ''}`, x, doc.y, { width })
    })
  }
  row(doc, 'Utses att justera', (x, width) => doc.text(m.adjusters.join(', ') || '–', x, doc.y, { width }))
  row(doc, 'Paragrafer', (x, width) => doc.text(paragraphRange(m.paragraphs.map((p) => p.number)), x, doc.y, { width }))
  doc.y += 4
  signatures(doc, m)
  if (m.notice) noticeBox(doc, m, m.notice)
}

/**
 * One § as the minutes and an extract print it. `confidentialGround` withholds the text (the public's copy);
 * `confidentialNote` prints it with a note that it is confidential (a copy for those who may read it).
 */
export function drawParagraph(doc: Doc, p: MinutesDocument['paragraphs'][number] & { confidentialNote?: string | null }): void {
  const width = contentWidth(doc)
  const indent = 52
  const bodyX = MARGIN + indent
  const bodyWidth = width - indent
  // Keep the heading together with the first lines of its text.
  ensureSpace(doc, 90)
  const top = doc.y
  doc.font(BOLD).fontSize(12).fillColor(INK).text(`§ ${p.number}`, MARGIN, top, { width: indent })
  const dnr = p.caseNumber ? `Dnr ${p.caseNumber}` : ''
  doc.font(FONT).fontSize(9)
  const dnrWidth = dnr ? doc.widthOfString(dnr) + 2 : 0
  const heading = p.confidentialGround ? `Sekretess: ${p.confidentialGround}` : p.title
  doc.font(p.confidentialGround ? ITALIC : BOLD).fontSize(p.confidentialGround ? 11 : 12).fillColor(INK)
  doc.text(heading, bodyX, top, { width: bodyWidth - dnrWidth - (dnr ? 14 : 0) })
  const headingBottom = doc.y
  // Written after the heading so that the text reads "§ 12 Title Dnr …" when copied or read aloud.
  if (dnr) doc.font(FONT).fontSize(9).fillColor(MUTED).text(dnr, MARGIN + width - dnrWidth, top + 2, { width: dnrWidth, align: 'right' })
  doc.fillColor(INK)
  doc.y = headingBottom
  if (p.confidentialNote) {
    doc.moveDown(0.3)
    doc.font(ITALIC).fontSize(9.5).text(`Omfattas av sekretess: ${p.confidentialNote}`, bodyX, doc.y, { width: bodyWidth })
  }
  if (!p.confidentialGround) {
    doc.moveDown(0.5)
    if (p.wording.trim()) doc.font(FONT).fontSize(10).text(p.wording.trim(), bodyX, doc.y, { width: bodyWidth, lineGap: 2 })
    doc.moveDown(0.6)
    doc.font(BOLD).fontSize(10).text(OUTCOME[p.outcome], bodyX, doc.y, { width: bodyWidth })
    if (p.reservations.trim()) {
      doc.moveDown(0.4)
      doc.font(ITALIC).fontSize(10).text(`Reservation: ${p.reservations.trim()}`, bodyX, doc.y, { width: bodyWidth })
    }
  }
  const y = doc.y + 14
  doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.5).strokeColor(RULE).stroke()
  doc.y = y + 16
}

/** Renders the minutes; the caller passes a redacted variant (confidentialGround set) for the public. */
export async function renderMinutesPdf(original: MinutesDocument): Promise<Buffer> {
  const minutes = printableDeep(original)
  const title = `${minutes.draft ? 'Utkast till protokoll' : 'Protokoll'} ${minutes.bodyName} ${minutes.meetingDate}`
  const { doc, bytes } = openDocument({ title, author: minutes.collaborationName, subject: `Protokoll ${paragraphRange(minutes.paragraphs.map((p) => p.number))}` })
  firstPage(doc, minutes)
  if (minutes.paragraphs.length) {
    doc.addPage()
    for (const p of [...minutes.paragraphs].sort((a, b) => a.number - b.number)) drawParagraph(doc, p)
  }
  drawPageFurniture(doc, {
    header: [minutes.bodyName === minutes.collaborationName ? minutes.bodyName : `${minutes.collaborationName} · ${minutes.bodyName}`, `Protokoll ${minutes.meetingDate}`],
    footer: `${minutes.bodyName} · Sammanträdesdatum ${minutes.meetingDate}`,
    mark: minutes.draft ? DRAFT_MARK : null,
  })
  doc.end()
  return bytes
}
