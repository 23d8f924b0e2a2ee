// Registration numbers (diarienummer). Each collaboration writes them its own way, so the
// format is a template: `{prefix}`, `{year}`, `{seq}` or `{seq:N}` (zero-padded to N digits) and
// `{code}` (the classification code from the collaboration's klassificeringsstruktur).

export const DEFAULT_CASE_NUMBER_FORMAT = '{prefix} {year}/{seq:4}'

export interface CaseNumberParts {
  prefix: string
  year: number
  seq: number
  code: string | null
}

type Piece =
  | { kind: 'literal'; text: string }
  | { kind: 'prefix' | 'year' | 'code' }
  | { kind: 'seq'; width: number }

const TOKEN = /\{([^{}]*)\}/g

/** Splits a format into literals and tokens; null when a token is unknown or a brace is stray. */
function parse(format: string): Piece[] | null {
  const pieces: Piece[] = []
  let last = 0
  for (const match of format.matchAll(TOKEN)) {
    const literal = format.slice(last, match.index)
    if (/[{}]/.test(literal)) return null
    if (literal) pieces.push({ kind: 'literal', text: literal })
    const token = match[1]!
    const seq = /^seq(?::([1-9]\d?))?$/.exec(token)
    if (seq) pieces.push({ kind: 'seq', width: seq[1] ? Number(seq[1]) : 0 })
    else if (token === 'prefix' || token === 'year' || token === 'code') pieces.push({ kind: token })
    else return null
    last = match.index + match[0].length
  }
  const tail = format.slice(last)
  if (/[{}]/.test(tail)) return null
  if (tail) pieces.push({ kind: 'literal', text: tail })
  return pieces
}

/** Whether a collaboration's format can number its cases uniquely each year. */
export function checkCaseNumberFormat(format: string): 'ok' | 'missing_year' | 'missing_seq' | 'unknown_token' {
  const pieces = parse(format)
  if (!pieces) return 'unknown_token'
  if (!pieces.some((p) => p.kind === 'year')) return 'missing_year'
  if (!pieces.some((p) => p.kind === 'seq')) return 'missing_seq'
  return 'ok'
}

// The separator before `{code}` is the run of punctuation and spaces that precedes it.
const TRAILING_SEPARATOR = /[^\p{L}\p{N}]+$/u
const LEADING_SEPARATOR = /^[^\p{L}\p{N}]+/u

/**
 * The registration number for a case, e.g. `EN 2026/0012` or `2021/1-2.2.0.2`. Without a
 * classification code, `{code}` goes together with the separator before it (`2021/1`).
 */
export function formatCaseNumber(format: string, parts: CaseNumberParts): string {
  const check = checkCaseNumberFormat(format)
  if (check !== 'ok') throw new RangeError(`Case number format "${format}": ${check}`)
  if (!Number.isSafeInteger(parts.seq) || parts.seq < 0) throw new RangeError(`Not a sequence number: ${parts.seq}`)
  if (!Number.isSafeInteger(parts.year) || parts.year < 0) throw new RangeError(`Not a year: ${parts.year}`)

  const out: { text: string; literal: boolean }[] = []
  let dropLeadingSeparator = false
  for (const piece of parse(format)!) {
    let text: string
    switch (piece.kind) {
      case 'literal':
        text = dropLeadingSeparator ? piece.text.replace(LEADING_SEPARATOR, '') : piece.text
        break
      case 'prefix':
        text = parts.prefix
        break
      case 'year':
        text = String(parts.year)
        break
      case 'seq':
        text = String(parts.seq).padStart(piece.width, '0')
        break
      case 'code':
        text = parts.code ?? ''
        if (parts.code === null) {
          const previous = out.at(-1)
          // At the very start there is no separator before it, so the one after it goes instead.
          if (!previous) dropLeadingSeparator = true
          else if (previous.literal) previous.text = previous.text.replace(TRAILING_SEPARATOR, '')
        }
        break
    }
    if (piece.kind !== 'code' || parts.code !== null) dropLeadingSeparator = false
    out.push({ text, literal: piece.kind === 'literal' })
  }
  return out.map((o) => o.text).join('').trim()
}
