import { defineTexts, fill, type Locale } from '../../shared/texts'
import type { AgendaRow, MeetingRow } from './meetings.repository'

const timeZone = 'Europe/Stockholm'
const stockholm = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('sv-SE', { timeZone, ...options }).format(new Date(iso))

/** "Wednesday 9 December 2026", without the comma some versions of the locale data put after the weekday. */
function englishDay(iso: string) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`
}

/** "onsdag 9 december 2026" and "13:00–16:00" (in English "Wednesday 9 December 2026"), in Swedish time whatever the server's zone. */
export function meetingWhen(meeting: Pick<MeetingRow, 'startsAt' | 'endsAt'>, locale: Locale = 'sv') {
  const clock = (iso: string) => stockholm(iso, { hour: '2-digit', minute: '2-digit' })
  return {
    day: locale === 'en' ? englishDay(meeting.startsAt) : stockholm(meeting.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    time: clock(meeting.startsAt) + (meeting.endsAt ? `–${clock(meeting.endsAt)}` : ''),
  }
}

/** The meeting's e-mails (notice, cancellation) in the recipient's language. */
export const meetingMailTexts = defineTexts(
  {
    noticeSubject: 'Kallelse: {body} {date}',
    noticeMeets: '{body} sammanträder {day} kl. {time}.',
    place: 'Plats: {place}',
    link: 'Länk: {link}',
    agenda: 'Föredragningslista',
    confidential: ' – sekretess',
    documents: 'Handlingarna finns i Samverka: {url}',
    cancelledSubject: 'Inställt: {body} {when}',
    cancelledBody: 'Sammanträdet med {body} {when} är inställt.',
    reason: 'Skäl: {reason}',
  },
  {
    noticeSubject: 'Notice of meeting: {body} {date}',
    noticeMeets: '{body} meets on {day} at {time}.',
    place: 'Place: {place}',
    link: 'Link: {link}',
    agenda: 'Agenda',
    confidential: ' – confidential',
    documents: 'The documents are in Samverka: {url}',
    cancelledSubject: 'Cancelled: {body} {when}',
    cancelledBody: 'The meeting of {body} on {when} is cancelled.',
    reason: 'Reason: {reason}',
  },
)

/** The notice (kallelse) as a plain-text e-mail in the recipient's language. */
export function noticeText(
  meeting: Pick<MeetingRow, 'bodyName' | 'startsAt' | 'endsAt' | 'place' | 'link'>,
  agenda: Pick<AgendaRow, 'position' | 'title' | 'caseNumber' | 'confidential'>[],
  url: string,
  locale: Locale = 'sv',
) {
  const t = meetingMailTexts[locale]
  const { day, time } = meetingWhen(meeting, locale)
  const lines = [
    fill(t.noticeMeets, { body: meeting.bodyName, day, time }),
    ...(meeting.place ? [fill(t.place, { place: meeting.place })] : []),
    ...(meeting.link ? [fill(t.link, { link: meeting.link })] : []),
    '',
    t.agenda,
    ...agenda.map((item) => `${item.position}. ${item.title}${item.caseNumber ? ` (${item.caseNumber})` : ''}${item.confidential ? t.confidential : ''}`),
    '',
    fill(t.documents, { url }),
  ]
  // The date in the subject is written 2026-12-09 in both languages.
  return { subject: fill(t.noticeSubject, { body: meeting.bodyName, date: stockholm(meeting.startsAt, { year: 'numeric', month: '2-digit', day: '2-digit' }) }), body: lines.join('\n') }
}

/** The message that a meeting whose notice went out is cancelled, with the reason. */
export function cancellationText(meeting: { bodyName: string; when: string }, reason: string, locale: Locale = 'sv') {
  const t = meetingMailTexts[locale]
  return {
    subject: fill(t.cancelledSubject, { body: meeting.bodyName, when: meeting.when }),
    body: `${fill(t.cancelledBody, { body: meeting.bodyName, when: meeting.when })}\n\n${fill(t.reason, { reason })}`,
  }
}

export interface NoticeSeat {
  bodyId: string
  personName: string
  seatRole: 'ledamot' | 'ersattare'
  memberId: string | null
  position: 'chair' | 'vice_chair' | null
  termStart: string
  termEnd: string | null
}

export interface NoticeRecipientList {
  ledamoter: { name: string; memberName: string | null; position: 'chair' | 'vice_chair' | null }[]
  ersattare: { name: string; memberName: string | null }[]
  /** Others the notice is sent to (secretaries, a chair or adjuster without a seat), by name. */
  others: string[]
}

/**
 * Whom the notice goes to: the body's ledamöter and ersättare seated on the meeting's day, and the
 * others it is e-mailed to (the recipients of sendNotice who have no seat).
 */
export function noticeRecipientList(seats: NoticeSeat[], bodyId: string, day: string, memberNames: Map<string, string>, mailed: { name: string }[]): NoticeRecipientList {
  const seated = seats.filter((s) => s.bodyId === bodyId && s.termStart <= day && (!s.termEnd || s.termEnd >= day))
  const member = (id: string | null) => (id ? (memberNames.get(id) ?? null) : null)
  const byMemberThenName = <T extends { name: string; memberName: string | null }>(a: T, b: T) => (a.memberName ?? '').localeCompare(b.memberName ?? '', 'sv') || a.name.localeCompare(b.name, 'sv')
  const rank = { chair: 0, vice_chair: 1 } as const
  const names = new Set(seated.map((s) => s.personName))
  return {
    ledamoter: seated
      .filter((s) => s.seatRole === 'ledamot')
      .map((s) => ({ name: s.personName, memberName: member(s.memberId), position: s.position }))
      .sort((a, b) => (a.position ? rank[a.position] : 2) - (b.position ? rank[b.position] : 2) || byMemberThenName(a, b)),
    ersattare: seated
      .filter((s) => s.seatRole === 'ersattare')
      .map((s) => ({ name: s.personName, memberName: member(s.memberId) }))
      .sort(byMemberThenName),
    others: [...new Set(mailed.map((p) => p.name).filter((name) => !names.has(name)))].sort((a, b) => a.localeCompare(b, 'sv')),
  }
}
