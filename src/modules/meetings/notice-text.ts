import type { AgendaRow, MeetingRow } from './meetings.repository'

const stockholm = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', ...options }).format(new Date(iso))

/** The notice (kallelse) as a plain-text e-mail in Swedish, the language of the body's records. */
export function noticeText(meeting: Pick<MeetingRow, 'bodyName' | 'startsAt' | 'endsAt' | 'place' | 'link'>, agenda: Pick<AgendaRow, 'position' | 'title' | 'caseNumber' | 'confidential'>[], url: string) {
  const day = stockholm(meeting.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const time = stockholm(meeting.startsAt, { hour: '2-digit', minute: '2-digit' }) + (meeting.endsAt ? `–${stockholm(meeting.endsAt, { hour: '2-digit', minute: '2-digit' })}` : '')
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
