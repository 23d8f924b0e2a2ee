import { describe, expect, it } from 'vitest'
import { isoDate, isoDateTime, queryVersion, rawText, text, version } from './schema'

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? []

describe('the request primitives', () => {
  it('trims text and refuses control characters other than tab and new line', () => {
    expect(text(20).parse('  Kalix kommun \n')).toBe('Kalix kommun')
    expect(text(40).parse('Rad ett\nRad två\tmed tabb')).toBe('Rad ett\nRad två\tmed tabb')
    expect(text(40).parse('Samråd 😀')).toBe('Samråd 😀')
    for (const bad of ['a\u0000b', '\u0007', 'x\u007f', 'x\u0085', 'a\ud800b']) expect(messages(text(40).safeParse(bad))).toEqual(['text_control_characters'])
    expect(rawText(20).parse('  lösenord  ')).toBe('  lösenord  ')
    expect(messages(rawText(20).safeParse('lösen\u0000ord'))).toEqual(['text_control_characters'])
  })

  it('takes dates from 1900 to 2200 only, and says which rule a bad one breaks', () => {
    expect(isoDate.parse('2026-11-24')).toBe('2026-11-24')
    expect(messages(isoDate.safeParse('0000-01-01'))).toEqual(['date_out_of_range'])
    expect(messages(isoDate.safeParse('9999-12-31'))).toEqual(['date_out_of_range'])
    expect(messages(isoDate.safeParse('24/11/2026'))).toHaveLength(1)
    expect(isoDateTime.safeParse('2026-11-24T13:00:00+01:00').success).toBe(true)
    expect(messages(isoDateTime.safeParse('0000-01-01T10:00:00+01:00'))).toEqual(['date_out_of_range'])
  })

  it('keeps versions within a PostgreSQL integer', () => {
    expect(version.parse(3)).toBe(3)
    expect(version.safeParse(99_999_999_999).success).toBe(false)
    expect(queryVersion.parse('3')).toBe(3)
    expect(queryVersion.safeParse('99999999999').success).toBe(false)
  })
})
