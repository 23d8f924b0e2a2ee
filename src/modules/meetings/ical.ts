// An RFC 5545 calendar feed of meetings that members subscribe to from Outlook, Google or
// Apple calendars. Written by hand: the libraries that do this need a newer Node than ours.

export interface CalendarEvent {
  uid: string
  startsAt: string // ISO timestamp
  endsAt: string | null
  summary: string
  location: string
  description: string
  url: string | null
  cancelled?: boolean
  updatedAt: string // ISO timestamp
  /** A whole day (a deadline): `startsAt` is then the ISO date, and the event ends with it. */
  allDay?: boolean
}

const MAX_LINE_OCTETS = 75

/** TEXT value escaping (RFC 5545 3.3.11); other control characters are not allowed in TEXT. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '') // eslint-disable-line no-control-regex
}

/**
 * Folds a content line so that no line exceeds 75 octets of UTF-8 (RFC 5545 3.1); a
 * continuation starts with one space, and no character is split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n')
}

/** A UTC date-time value, e.g. `20261124T080000Z`. */
function utc(timestamp: string): string {
  const ms = Date.parse(timestamp)
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO timestamp: ${timestamp}`)
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** `2026-11-24` → `20261124`. */
function basicDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not an ISO date: ${date}`)
  return date.replace(/-/g, '')
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

// A URI value is not TEXT-escaped, but a line break in it would start a new property.
function uri(url: string): string {
  return url.replace(/[\u0000-\u001f\u007f]/g, '') // eslint-disable-line no-control-regex
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.updatedAt)}`,
    `LAST-MODIFIED:${utc(event.updatedAt)}`,
  ]
  if (event.allDay) {
    // A DATE value is a day in whatever zone the reader is in; DTEND is exclusive, so the next day (RFC 5545 3.6.1).
    lines.push(`DTSTART;VALUE=DATE:${basicDate(event.startsAt)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(event.startsAt))}`)
  } else {
    lines.push(`DTSTART:${utc(event.startsAt)}`)
    // Without DTEND the event lasts no time at all (RFC 5545 3.6.1), which is what we know.
    if (event.endsAt) lines.push(`DTEND:${utc(event.endsAt)}`)
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`)
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  if (event.url) lines.push(`URL:${uri(event.url)}`)
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT')
  return lines
}

/** The whole feed as a string with CRLF line ends, ready to serve as `text/calendar`. */
export function calendarFeed(calendar: { name: string; events: CalendarEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samverka//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Stockholm',
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
