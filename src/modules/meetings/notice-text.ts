import type { AgendaRow, MeetingRow } from './meetings.repository'

const stockholm = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', ...options }).format(new Date(iso))

/** "onsdag 9 december 2026" and "13:00–16:00", in Swedish time whatever the server's zone. */
export function meetingWhen(meeting: Pick<MeetingRow, 'startsAt' | 'endsAt'>) {
  const clock = (iso: string) => stockholm(iso, { hour: '2-digit', minute: '2-digit' })
  return {
    day: stockholm(meeting.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    time: clock(meeting.startsAt) + (meeting.endsAt ? `–${clock(meeting.endsAt)}` : ''),
  }
}

/** The notice (kallelse) as a plain-text e-mail in Swedish, the language of the body's records. */
export function noticeText(meeting: Pick<MeetingRow, 'bodyName' | 'startsAt' | 'endsAt' | 'place' | 'link'>, agenda: Pick<AgendaRow, 'position' | 'title' | 'caseNumber' | 'confidential'>[], url: string) {
  const { day, time } = meetingWhen(meeting)
  const lines = [
    `${meeting.bodyName} sammanträder ${day} kl. ${time}.`,
    ...(meeting.place ? [`Plats: ${meeting.place}`] : []),
    ...(meeting.link ? [`Länk: ${meeting.link}`] : []),
    '',
    'Föredragningslista',
    ...agenda.map((item) => `${item.position}. ${item.title}${item.caseNumber ? ` (${item.caseNumber})` : ''}${item.confidential ? ' – sekretess' : ''}`),
    '',
    `Handlingarna finns i Samverka: ${url}`,
  ]
  return { subject: `Kallelse: ${meeting.bodyName} ${stockholm(meeting.startsAt, { year: 'numeric', month: '2-digit', day: '2-digit' })}`, body: lines.join('\n') }
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
