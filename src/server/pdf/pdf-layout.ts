// What the collaboration's PDF documents (the minutes, the annual plan) share: an A4 page with about
// 2 cm margins, the built-in Helvetica and its colours, text made printable in that font, and page breaks.
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
