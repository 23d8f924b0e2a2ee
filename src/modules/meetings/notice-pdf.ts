// The notice (kallelse) of a meeting as a PDF: when and where, the agenda with case numbers, and
// whom the notice goes to. A confidential case shows its number and ground to those who may not see it.
import { BOLD, BOTTOM_MARGIN, contentWidth, drawPageFurniture, ensureSpace, FONT, INK, ITALIC, labelledRow, MARGIN, MUTED, openDocument, printableDeep, RULE, type Doc } from '../../server/pdf/pdf-layout'
import { meetingMasthead } from './minutes-pdf'
import type { NoticeRecipientList } from './notice-text'

export interface NoticeDocument {
  collaborationName: string
  bodyName: string
  meetingDate: string // YYYY-MM-DD
  day: string // "onsdag 9 december 2026"
  time: string // "13:00–16:00", Swedish time
  place: string
  link: string
  cancelled: boolean
  cancelledReason: string | null
  /** When the notice was sent ("2026-11-25 14:02"), or null while it has not gone out. */
  sentAt: string | null
  items: { position: number; title: string; caseNumber: string | null; confidentialGround: string | null }[]
  recipients: NoticeRecipientList
  chair: string | null
  secretary: string
}

const LABEL_WIDTH = 118
const POSITION = { chair: 'ordförande', vice_chair: 'vice ordförande' } as const

function header(doc: Doc, n: NoticeDocument): void {
  const width = contentWidth(doc)
  meetingMasthead(doc, n, 'KALLELSE')
  if (n.cancelled) {
    doc.font(BOLD).fontSize(12).fillColor(INK).text('SAMMANTRÄDET ÄR INSTÄLLT', MARGIN, doc.y, { width })
    if (n.cancelledReason) doc.font(FONT).fontSize(10).text(`Skäl: ${n.cancelledReason}`, MARGIN, doc.y + 2, { width })
    doc.y += 10
  }
}

/** The agenda as a table: number, the matter (or its ground of confidentiality), the case number. */
function agenda(doc: Doc, items: NoticeDocument['items']): void {
  const width = contentWidth(doc)
  const columns = [
    { title: 'Nr', width: 34 },
    { title: 'Ärende', width: width - 34 - 110 },
    { title: 'Diarienummer', width: 110 },
  ]
  const drawRow = (cells: { text: string; font: string }[], size: number, color: string, repeat: boolean) => {
    const heights = cells.map((cell, i) => doc.font(cell.font).fontSize(size).heightOfString(cell.text, { width: columns[i]!.width - 8 }))
    if (doc.y + Math.max(...heights) + 6 > doc.page.height - BOTTOM_MARGIN) {
      ensureSpace(doc, Infinity)
      if (repeat) drawHeader() // a table that goes on over the page repeats its column titles
    }
    const top = doc.y
    let x = MARGIN
    cells.forEach((cell, i) => {
      doc.font(cell.font).fontSize(size).fillColor(color).text(cell.text, x, top, { width: columns[i]!.width - 8 })
      x += columns[i]!.width
    })
    doc.y = top + Math.max(...heights) + 6
  }
  function drawHeader() {
    drawRow(columns.map((c) => ({ text: c.title, font: BOLD })), 8.5, MUTED, false)
    doc.moveTo(MARGIN, doc.y - 3).lineTo(MARGIN + width, doc.y - 3).lineWidth(0.5).strokeColor(RULE).stroke()
    doc.y += 2
  }
  ensureSpace(doc, 60)
  doc.font(BOLD).fontSize(12).fillColor(INK).text('Föredragningslista', MARGIN, doc.y, { width })
  doc.y += 6
  if (items.length === 0) {
    doc.font(ITALIC).fontSize(10).fillColor(INK).text('Föredragningslistan är tom.', MARGIN, doc.y, { width })
    doc.y += 10
    return
  }
  drawHeader()
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const matter = item.confidentialGround ? { text: `Sekretess: ${item.confidentialGround}`, font: ITALIC } : { text: item.title, font: FONT }
    drawRow([{ text: `${item.position}.`, font: FONT }, matter, { text: item.caseNumber ?? '–', font: FONT }], 10, INK, true)
  }
  doc.y += 10
}

function recipients(doc: Doc, r: NoticeRecipientList): void {
  const width = contentWidth(doc)
  ensureSpace(doc, 60)
  doc.font(BOLD).fontSize(12).fillColor(INK).text('Kallelsen går till', MARGIN, doc.y, { width })
  doc.y += 6
  const list = (lines: string[]) => (x: number, w: number) => {
    if (lines.length === 0) doc.text('–', x, doc.y, { width: w })
    for (const line of lines) doc.text(line, x, doc.y, { width: w })
  }
  const withMember = (name: string, memberName: string | null, extra: string | null = null) => [name, memberName, extra].filter(Boolean).join(', ')
  labelledRow(doc, 'Ledamöter', list(r.ledamoter.map((p) => withMember(p.name, p.memberName, p.position ? POSITION[p.position] : null))), LABEL_WIDTH)
  labelledRow(doc, 'Ersättare', list(r.ersattare.map((p) => withMember(p.name, p.memberName))), LABEL_WIDTH)
  if (r.others.length) labelledRow(doc, 'Övriga', list(r.others), LABEL_WIDTH)
}

/** Renders the notice; the caller passes the agenda already redacted for the reader. */
export async function renderNoticePdf(original: NoticeDocument): Promise<Buffer> {
  const n = printableDeep(original)
  const { doc, bytes } = openDocument({ title: `Kallelse ${n.bodyName} ${n.meetingDate}`, author: n.collaborationName, subject: `Kallelse och föredragningslista, ${n.bodyName}` })
  header(doc, n)
  const row = (label: string, text: string) => labelledRow(doc, label, (x, width) => doc.text(text, x, doc.y, { width }), LABEL_WIDTH)
  row('Tid', `${n.day} kl. ${n.time}`)
  row('Plats', n.place || (n.link ? 'Digitalt' : 'Meddelas senare'))
  if (n.link) row('Länk', n.link)
  row('Kallelsen skickad', n.sentAt ?? 'Ännu inte skickad')
  doc.y += 6
  agenda(doc, n.items)
  recipients(doc, n.recipients)
  ensureSpace(doc, 80)
  doc.y += 6
  doc.font(FONT).fontSize(10).fillColor(INK).text('Ledamot som har förhinder meddelar sekreteraren i god tid, så att ersättare kan kallas.', MARGIN, doc.y, { width: contentWidth(doc) })
  doc.y += 10
  if (n.chair) row('Ordförande', n.chair)
  if (n.secretary) row('Sekreterare', n.secretary)
  drawPageFurniture(doc, {
    header: [n.bodyName === n.collaborationName ? n.bodyName : `${n.collaborationName} · ${n.bodyName}`, `Kallelse ${n.meetingDate}`],
    footer: `Kallelse · ${n.bodyName} · Sammanträdesdatum ${n.meetingDate}`,
    mark: n.cancelled ? 'Inställt' : null,
  })
  doc.end()
  return bytes
}
