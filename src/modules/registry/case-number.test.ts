import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkCaseNumberFormat, DEFAULT_CASE_NUMBER_FORMAT, formatCaseNumber } from './case-number.js'

describe('formatCaseNumber', () => {
  it('writes the default format with a four-digit sequence', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, { prefix: 'EN', year: 2026, seq: 12, code: null })).toBe('EN 2026/0012')
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, { prefix: 'EN', year: 2026, seq: 12345, code: null })).toBe('EN 2026/12345')
  })

  it("writes Norrbottens e-nämnd's format with the classification code", () => {
    expect(formatCaseNumber('{year}/{seq}-{code}', { prefix: 'EN', year: 2021, seq: 1, code: '2.2.0.2' })).toBe('2021/1-2.2.0.2')
  })

  it('drops a missing code together with the separator before it', () => {
    expect(formatCaseNumber('{year}/{seq}-{code}', { prefix: 'EN', year: 2021, seq: 1, code: null })).toBe('2021/1')
    expect(formatCaseNumber('{prefix} {code} {year}/{seq}', { prefix: 'KS', year: 2026, seq: 3, code: null })).toBe('KS 2026/3')
    expect(formatCaseNumber('{code}: {year}/{seq}', { prefix: '', year: 2026, seq: 3, code: null })).toBe('2026/3')
    // A prefix that ends in punctuation is the collaboration's own text, not a separator.
    expect(formatCaseNumber('{prefix}{code}{year}/{seq}', { prefix: 'EN-', year: 2026, seq: 3, code: null })).toBe('EN-2026/3')
  })

  it('refuses a format that cannot number cases and a negative sequence', () => {
    expect(() => formatCaseNumber('{prefix}/{seq}', { prefix: 'EN', year: 2026, seq: 1, code: null })).toThrow(RangeError)
    expect(() => formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, { prefix: 'EN', year: 2026, seq: -1, code: null })).toThrow(RangeError)
  })
})

describe('checkCaseNumberFormat', () => {
  it('accepts the known formats', () => {
    expect(checkCaseNumberFormat(DEFAULT_CASE_NUMBER_FORMAT)).toBe('ok')
    expect(checkCaseNumberFormat('{year}/{seq}-{code}')).toBe('ok')
  })

  it('names what is wrong', () => {
    expect(checkCaseNumberFormat('{prefix} {seq}')).toBe('missing_year')
    expect(checkCaseNumberFormat('{prefix} {year}')).toBe('missing_seq')
    expect(checkCaseNumberFormat('{prefix} {year}/{nr}')).toBe('unknown_token')
    expect(checkCaseNumberFormat('{year}/{seq:0}')).toBe('unknown_token')
    expect(checkCaseNumberFormat('{year}/{seq')).toBe('unknown_token')
    expect(checkCaseNumberFormat('{year}}/{seq}')).toBe('unknown_token')
  })
})

describe('properties', () => {
  const literal = fc.string({ maxLength: 4 }).filter((s) => !/[{}]/.test(s))
  const token = fc.constantFrom('{prefix}', '{year}', '{seq}', '{code}', '{seq:2}', '{seq:4}', '{seq:6}')
  const format = fc.array(fc.tuple(literal, token), { maxLength: 6 }).chain((pieces) =>
    fc.tuple(literal, literal).map(([head, tail]) => head + pieces.map(([l, t]) => l + t).join('') + '{year}' + tail + '{seq:3}'),
  )
  const parts = fc.record({
    prefix: fc.string({ maxLength: 5 }),
    year: fc.integer({ min: 1990, max: 2100 }),
    code: fc.option(fc.stringMatching(/^[0-9.]{1,8}$/)),
  })

  it('never throws for a format that checkCaseNumberFormat accepts', () => {
    fc.assert(
      fc.property(format, parts, fc.nat(), (f, p, seq) => {
        expect(checkCaseNumberFormat(f)).toBe('ok')
        expect(typeof formatCaseNumber(f, { ...p, seq })).toBe('string')
      }),
    )
  })

  it('gives distinct numbers to distinct sequence numbers of the same year and prefix', () => {
    fc.assert(
      fc.property(format, parts, fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), (f, p, a, b) => {
        fc.pre(a !== b)
        expect(formatCaseNumber(f, { ...p, seq: a })).not.toBe(formatCaseNumber(f, { ...p, seq: b }))
      }),
      { numRuns: 500 },
    )
  })
})
