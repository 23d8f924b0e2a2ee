import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import ICAL from 'ical.js'
import { calendarFeed, escapeText, foldLine, type CalendarEvent } from './ical.js'

const meeting: CalendarEvent = {
  uid: 'meeting-7f3c@samverka',
  startsAt: '2026-11-24T09:00:00+01:00',
  endsAt: '2026-11-24T11:30:00+01:00',
  summary: 'Sammanträde, Norrbottens e-nämnd',
  location: 'Kommunhuset; Sessionssalen, Luleå',
  description: 'Ärenden:\n§ 12 Budget 2027\n§ 13 Gemensam e-tjänsteplattform',
  url: 'https://samverka.example/meetings/7f3c?tab=agenda,docs',
  updatedAt: '2026-11-10T13:05:00Z',
}

const unfold = (text: string) => text.replace(/\r\n /g, '')
const octets = (line: string) => Buffer.byteLength(line, 'utf8')

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })
})

describe('foldLine', () => {
  it('folds a long Swedish description at 75 octets without splitting a character', () => {
    const line = 'DESCRIPTION:' + escapeText('Överläggning om gemensam upphandling av e-arkiv för Älvsbyn, Överkalix, Övertorneå och Pajala — åtta års avtal. '.repeat(4))
    const folded = foldLine(line)
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(4)
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75)
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true)
    expect(folded).not.toContain('\uFFFD')
    expect(unfold(folded)).toBe(line)
  })

  it('keeps any text whole and every line within 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine('DESCRIPTION:' + text)
        for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75)
        expect(unfold(folded)).toBe('DESCRIPTION:' + text)
      }),
    )
  })
})

describe('calendarFeed', () => {
  const feed = calendarFeed({
    name: 'Norrbottens e-nämnd',
    events: [meeting, { ...meeting, uid: 'meeting-8a21@samverka', startsAt: '2027-02-02T08:00:00Z', endsAt: null, cancelled: true, url: null }],
  })

  it('writes the calendar head, UTC times and CRLF line ends', () => {
    const lines = feed.split('\r\n')
    expect(lines.slice(0, 7)).toEqual([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Samverka//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
      'X-WR-CALNAME:Norrbottens e-nämnd', 'X-WR-TIMEZONE:Europe/Stockholm',
    ])
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(lines).toContain('DTSTART:20261124T080000Z')
    expect(lines).toContain('DTEND:20261124T103000Z')
    expect(lines).toContain('DTSTAMP:20261110T130500Z')
    expect(lines).toContain('LOCATION:Kommunhuset\\; Sessionssalen\\, Luleå')
    expect(lines).toContain('STATUS:CANCELLED')
  })

  it('is read back by a real parser', () => {
    const calendar = new ICAL.Component(ICAL.parse(feed))
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Samverka//SV')
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(2)
    const [first, second] = events
    expect(first!.summary).toBe(meeting.summary)
    expect(first!.location).toBe(meeting.location)
    expect(first!.description).toBe(meeting.description)
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-11-24T08:00:00.000Z')
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-11-24T10:30:00.000Z')
    expect(first!.component.getFirstPropertyValue('url')).toBe(meeting.url)
    expect(second!.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(second!.startDate.toJSDate().toISOString()).toBe('2027-02-02T08:00:00.000Z')
  })

  it('writes a deadline as a whole day that ends with it, also on the last day of a year', () => {
    const deadline: CalendarEvent = { uid: 'member_decision:1@samverka', startsAt: '2026-12-31', endsAt: null, allDay: true, summary: 'Sista dag: Kalix ska besluta', location: '', description: '', url: null, updatedAt: '2026-11-10T13:05:00Z' }
    const text = calendarFeed({ name: 'Min kalender', events: [deadline] })
    expect(unfold(text).split('\r\n')).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270101']))
    const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(event!.startDate.isDate).toBe(true)
    expect(event!.startDate.toString()).toBe('2026-12-31')
    expect(() => calendarFeed({ name: 'x', events: [{ ...deadline, startsAt: '2026-12-31T09:00:00Z' }] })).toThrow(RangeError)
  })

  it('rejects a timestamp that is not one', () => {
    expect(() => calendarFeed({ name: 'x', events: [{ ...meeting, startsAt: 'tisdag' }] })).toThrow(RangeError)
  })
})
