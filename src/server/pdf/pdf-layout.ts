// What the collaboration's PDF documents (the minutes, the notice, extracts, the annual plan) share: an A4
// page with about 2 cm margins, the built-in Helvetica and its colours, text made printable in that font,
// page breaks, labelled rows and the running header and footer.
import PDFDocument from 'pdfkit'

export type Doc = PDFKit.PDFDocument

export const MARGIN = 56
/** The bottom margin leaves room for the footer. */
export const BOTTOM_MARGIN = 72
export const FONT = 'Helvetica'
export const BOLD = 'Helvetica-Bold'
export const ITALIC = 'Helvetica-Oblique'
export const INK = '#111111'
export const MUTED = '#555555'
export const RULE = '#b8b8b8'

// The built-in Helvetica only has the WinAnsi characters: Latin-1 plus these.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
const NO_DECOMPOSITION: Record<string, string> = { Đ: 'D', đ: 'd', Ŋ: 'N', ŋ: 'n', Ŧ: 'T', ŧ: 't', Ł: 'L', ł: 'l', ı: 'i' }

function inWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!
  return char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)
}

/**
 * Makes text printable in the built-in font: a Sámi or Finnish letter outside WinAnsi (Č, Ŋ, Đ)
 * loses its diacritic rather than printing as mojibake; anything else becomes "?".
 */
export function printable(text: string): string {
  let out = ''
  for (const char of text) {
    if (inWinAnsi(char)) out += char
    else if (NO_DECOMPOSITION[char]) out += NO_DECOMPOSITION[char]
    else if (/\s/.test(char)) out += ' '
    else {
      const base = char.normalize('NFD').replace(/\p{M}+/gu, '')
      out += base && [...base].every(inWinAnsi) ? base : '?'
    }
  }
  return out
}

/** Every text inside `value` made printable. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map(printableDeep) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableDeep(v)])) as T
  }
  return value
}

/** Cuts a one-line text with "…" so that it fits `width` in the current font. */
export function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  let cut = text
  while (cut && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN
}

/** Starts a new page unless `height` more points fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - BOTTOM_MARGIN) {
    doc.addPage()
    doc.y = doc.page.margins.top
  }
}

/** A new A4 document with the shared margins, and its bytes once `doc.end()` has been called. */
export function openDocument(info: { title: string; author: string; subject: string; lang?: string; createdAt?: Date }): { doc: Doc; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: BOTTOM_MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: info.lang ?? 'sv-SE',
    displayTitle: true,
    // A fixed creation date (also the seed of the file's ID) makes the bytes depend on the content alone.
    info: { Title: info.title, Author: info.author, Subject: info.subject, ...(info.createdAt ? { CreationDate: info.createdAt, ModDate: info.createdAt } : {}) },
  })
  const chunks: Buffer[] = []
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return { doc, bytes }
}

export interface Furniture {
  /** The running header from page 2: left and right. */
  header: [string, string]
  /** The footer's text on every page, before "Sida n av N". */
  footer: string
  /** A marking such as "Utkast – ej justerat", in bold at the start of every page's footer. */
  mark?: string | null
  /** "Sida 2 av 5" unless the document is in another language. */
  pageLabel?: (page: number, count: number) => string
}

/** The running header from page 2 and, on every page, the footer with the marking and "Sida n av N". */
export function drawPageFurniture(doc: Doc, furniture: Furniture): void {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    // Writing in the margins would otherwise make pdfkit start another page.
    const margins = { ...doc.page.margins }
    doc.page.margins = { ...margins, top: 0, bottom: 0 }
    const width = contentWidth(doc)
    doc.font(FONT).fontSize(8).fillColor(MUTED)
    if (i > start) {
      doc.text(fit(doc, furniture.header[0], width - 170), MARGIN, 30, { lineBreak: false })
      doc.text(furniture.header[1], MARGIN + width - 160, 30, { width: 160, align: 'right', lineBreak: false })
    }
    const footerY = doc.page.height - 44
    doc.moveTo(MARGIN, footerY - 6).lineTo(MARGIN + width, footerY - 6).lineWidth(0.5).strokeColor(RULE).stroke()
    let x = MARGIN
    if (furniture.mark) {
      doc.font(BOLD).fontSize(8).fillColor(INK).text(furniture.mark, x, footerY, { lineBreak: false })
      x += doc.widthOfString(furniture.mark) + 8
      doc.font(FONT).fillColor(MUTED)
    }
    doc.text(fit(doc, furniture.footer, width - 110 - (x - MARGIN)), x, footerY, { lineBreak: false })
    doc.text((furniture.pageLabel ?? ((n: number, all: number) => `Sida ${n} av ${all}`))(i - start + 1, count), MARGIN + width - 100, footerY, { width: 100, align: 'right', lineBreak: false })
    doc.page.margins = margins
  }
}

/**
 * A labelled row of a document's first page: the label in the left column, what `draw` writes on
 * the right (it gets the column's x and width).
 */
export function labelledRow(doc: Doc, label: string, draw: (x: number, width: number) => void, labelWidth = 118): void {
  ensureSpace(doc, 30)
  const top = doc.y
  doc.font(BOLD).fontSize(9).fillColor(MUTED).text(label, MARGIN, top, { width: labelWidth - 10 })
  const labelBottom = doc.y
  doc.y = top
  doc.font(FONT).fontSize(10).fillColor(INK)
  draw(MARGIN + labelWidth, contentWidth(doc) - labelWidth)
  doc.y = Math.max(doc.y, labelBottom) + 10
}
