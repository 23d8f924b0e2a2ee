// The decision basis (beslutsunderlag) as a PDF: the masthead, the hash it was frozen with on the first page and in
// every footer, then the sections with their tables. The same content always gives the same bytes.
import { BOLD, BOTTOM_MARGIN, contentWidth, drawPageFurniture, ensureSpace, FONT, INK, MARGIN, MUTED, openDocument, printableDeep, RULE, type Doc } from '../../server/pdf/pdf-layout'
import { genitive, type Block, type BasisDocument } from './decision-basis'

/** What the document says of its own state: dispatched with a hash, or a draft with the hash it would have now. */
export interface Stamp {
  hash: string
  /** "Utskickat 2026-11-24 av Anna Berg, version 2"; null for a draft. */
  dispatched: string | null
}

export const stampLine = (stamp: Stamp) => `${stamp.dispatched ? 'Kontrollsumma (SHA-256)' : 'Utkast, kontrollsumma just nu (SHA-256)'}: ${stamp.hash}`

function table(doc: Doc, block: Extract<Block, { kind: 'table' }>): void {
  const width = contentWidth(doc)
  const count = block.columns.length
  // The first column (names, titles) gets more room than the figures.
  const first = count <= 2 ? 0.5 : Math.max(0.22, 1 / count + 0.08)
  const widths = block.columns.map((_, i) => (i === 0 ? first : (1 - first) / (count - 1)) * width)
  const drawRow = (cells: string[], font: string, size: number, color: string, repeatHeader: boolean) => {
    doc.font(font).fontSize(size)
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 }))
    if (doc.y + Math.max(...heights) + 4 > doc.page.height - BOTTOM_MARGIN) {
      ensureSpace(doc, Infinity)
      if (repeatHeader) header()
      doc.font(font).fontSize(size)
    }
    const top = doc.y
    let x = MARGIN
    cells.forEach((cell, i) => {
      doc.fillColor(color).text(cell, x, top, { width: widths[i]! - 6, align: block.numeric[i] ? 'right' : 'left' })
      x += widths[i]!
    })
    doc.y = top + Math.max(...heights) + 4
  }
  function header() {
    drawRow(block.columns, BOLD, 8.5, MUTED, false)
    doc.moveTo(MARGIN, doc.y - 2).lineTo(MARGIN + width, doc.y - 2).lineWidth(0.5).strokeColor(RULE).stroke()
    doc.y += 2
  }
  ensureSpace(doc, 60)
  doc.font(BOLD).fontSize(9.5).fillColor(INK).text(block.caption, MARGIN, doc.y, { width })
  doc.y += 2
  header()
  for (const row of block.rows) drawRow(row, FONT, 9, INK, true)
  if (block.total) {
    doc.moveTo(MARGIN, doc.y - 2).lineTo(MARGIN + width, doc.y - 2).lineWidth(0.5).strokeColor(INK).stroke()
    doc.y += 2
    drawRow(block.total, BOLD, 9, INK, true)
  }
  doc.y += 6
}

function block(doc: Doc, b: Block): void {
  const width = contentWidth(doc)
  doc.font(FONT).fontSize(10).fillColor(INK)
  switch (b.kind) {
    case 'paragraph':
      ensureSpace(doc, 24)
      doc.text(b.text, MARGIN, doc.y, { width })
      doc.y += 6
      return
    case 'list':
    case 'numbered':
      b.items.forEach((item, i) => {
        ensureSpace(doc, 18)
        const mark = b.kind === 'numbered' ? `${i + 1}.` : '–'
        const top = doc.y
        doc.text(mark, MARGIN, top, { width: 18 })
        doc.text(item, MARGIN + 20, top, { width: width - 20 })
        doc.y += 3
      })
      doc.y += 4
      return
    case 'table':
      table(doc, b)
  }
}

/** The decision basis as PDF bytes; the same document and stamp always give the same bytes. */
export async function renderBasisPdf(source: BasisDocument, stamp: Stamp): Promise<Buffer> {
  const d = printableDeep(source)
  const title = d.memberName ? `${d.title} – ${d.memberName}` : d.title
  // Fixed dates in the metadata, so the bytes depend on the content alone.
  const { doc, bytes } = openDocument({ title, author: d.collaborationName, subject: 'Beslutsunderlag', createdAt: new Date(`${d.date}T00:00:00Z`) })
  const width = contentWidth(doc)

  doc.font(BOLD).fontSize(13).fillColor(INK).text(d.collaborationName, MARGIN, MARGIN, { width: width - 170 })
  const leftBottom = doc.y
  doc.font(BOLD).fontSize(16).text('BESLUTSUNDERLAG', MARGIN + width - 170, MARGIN - 2, { width: 170, align: 'right' })
  doc.font(FONT).fontSize(9).fillColor(MUTED).text('Datum', { width: 170, align: 'right' })
  doc.font(BOLD).fontSize(11).fillColor(INK).text(d.date, { width: 170, align: 'right' })
  const y = Math.max(leftBottom, doc.y) + 8
  doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(1).strokeColor(INK).stroke()
  doc.y = y + 14
  doc.font(BOLD).fontSize(15).fillColor(INK).text(d.title, MARGIN, doc.y, { width })
  doc.font(FONT).fontSize(11).text(d.subtitle, { width })
  if (d.memberName) doc.font(BOLD).fontSize(11).text(`Underlag för ${genitive(d.memberName)} likalydande beslut`, { width })
  doc.font(FONT).fontSize(8.5).fillColor(MUTED).text(stamp.dispatched ?? 'Utkast – inte utskickat', { width })
  doc.text(stampLine(stamp), { width })
  doc.y += 10

  for (const section of d.sections) {
    ensureSpace(doc, 50)
    doc.font(BOLD).fontSize(12).fillColor(INK).text(section.heading, MARGIN, doc.y, { width })
    doc.y += 4
    for (const b of section.blocks) block(doc, b)
    doc.y += 6
  }

  drawPageFurniture(doc, { header: [d.collaborationName, title], footer: `Beslutsunderlag ${d.date} · SHA-256 ${stamp.hash.slice(0, 16)}`, mark: stamp.dispatched ? null : 'Utkast' })
  doc.end()
  return bytes
}
