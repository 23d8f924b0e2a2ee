import { mkdir, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { renderNoticePdf, type NoticeDocument } from './notice-pdf'
import { meetingWhen, noticeRecipientList, type NoticeSeat } from './notice-text'

const seat = (personName: string, seatRole: NoticeSeat['seatRole'], memberId: string, extra: Partial<NoticeSeat> = {}): NoticeSeat => ({
  bodyId: 'board',
  personName,
  seatRole,
  memberId,
  position: null,
  termStart: '2023-01-01',
  termEnd: null,
  ...extra,
})
const members = new Map([
  ['lulea', 'Luleå'],
  ['kalix', 'Kalix'],
  ['pitea', 'Piteå'],
])

describe('noticeRecipientList', () => {
  const seats = [
    seat('Erik Lundström', 'ledamot', 'kalix'),
    seat('Maria Nilsson', 'ledamot', 'lulea', { position: 'chair' }),
    seat('Gunnar Rask', 'ersattare', 'kalix'),
    seat('Avgången Ledamot', 'ledamot', 'pitea', { termEnd: '2026-06-30' }),
    seat('Ny Ledamot', 'ledamot', 'pitea', { termStart: '2027-01-01' }),
    seat('Annan Nämnd', 'ledamot', 'pitea', { bodyId: 'other' }),
  ]

  it('lists those seated on the meeting’s day, the chair first, and the others the notice is mailed to', () => {
    const list = noticeRecipientList(seats, 'board', '2026-12-09', members, [{ name: 'Maria Nilsson' }, { name: 'Johanna Berg' }])
    expect(list.ledamoter).toEqual([
      { name: 'Maria Nilsson', memberName: 'Luleå', position: 'chair' },
      { name: 'Erik Lundström', memberName: 'Kalix', position: null },
    ])
    expect(list.ersattare).toEqual([{ name: 'Gunnar Rask', memberName: 'Kalix' }])
    expect(list.others).toEqual(['Johanna Berg'])
  })
})

describe('meetingWhen', () => {
  it('writes the day and time in Swedish time, winter and summer', () => {
    expect(meetingWhen({ startsAt: '2026-12-09T12:00:00Z', endsAt: '2026-12-09T15:00:00Z' })).toEqual({ day: 'onsdag 9 december 2026', time: '13:00–16:00' })
    expect(meetingWhen({ startsAt: '2026-06-10T07:30:00Z', endsAt: null })).toEqual({ day: 'onsdag 10 juni 2026', time: '09:30' })
  })
})

const notice: NoticeDocument = {
  collaborationName: 'Norrbottens e-nämnd',
  bodyName: 'Gemensamma e-nämnden',
  meetingDate: '2026-12-09',
  day: 'onsdag 9 december 2026',
  time: '13:00–16:00',
  place: 'Kommunhuset i Luleå, sessionssalen',
  link: 'https://meet.example.se/e-namnden',
  cancelled: false,
  cancelledReason: null,
  sentAt: '2026-11-25 14:02',
  items: [
    { position: 1, title: 'Val av justerare', caseNumber: null, confidentialGround: null },
    { position: 2, title: 'Chattbot för medborgarservice – start av förstudie', caseNumber: 'EN 2026/0041', confidentialGround: null },
    { position: 3, title: 'Säkerhetsincident i inloggningstjänsten', caseNumber: 'EN 2026/0040', confidentialGround: null },
  ],
  recipients: {
    ledamoter: [
      { name: 'Maria Nilsson', memberName: 'Luleå', position: 'chair' },
      { name: 'Erik Lundström', memberName: 'Kalix', position: null },
    ],
    ersattare: [{ name: 'Gunnar Rask', memberName: 'Kalix' }],
    others: ['Johanna Berg'],
  },
  chair: 'Maria Nilsson',
  secretary: 'Johanna Berg',
}

describe('renderNoticePdf', () => {
  it('writes when and where, the agenda with case numbers and whom the notice goes to', async () => {
    const pdf = await renderNoticePdf(notice)
    if (process.env.SCREENSHOTS === '1') {
      await mkdir('tmp', { recursive: true })
      await writeFile('tmp/notice-sample.pdf', pdf)
    }
    const text = (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('KALLELSE')
    expect(text).toContain('onsdag 9 december 2026 kl. 13:00–16:00')
    expect(text).toContain('Kommunhuset i Luleå, sessionssalen')
    expect(text).toContain('https://meet.example.se/e-namnden')
    expect(text).toContain('Föredragningslista')
    expect(text).toContain('2. Chattbot för medborgarservice – start av förstudie EN 2026/0041')
    expect(text).toContain('3. Säkerhetsincident i inloggningstjänsten EN 2026/0040')
    expect(text).toContain('Kallelsen går till')
    expect(text).toContain('Ledamöter Maria Nilsson, Luleå, ordförande Erik Lundström, Kalix')
    expect(text).toContain('Ersättare Gunnar Rask, Kalix')
    expect(text).toContain('Övriga Johanna Berg')
    expect(text).toContain('Sida 1 av 1')
  })

  it('shows a confidential case by its number and ground only', async () => {
    const items = notice.items.map((item) => (item.position === 3 ? { ...item, title: '', confidentialGround: 'OSL 18 kap. 8 §' } : item))
    const text = (await pdfPages(await renderNoticePdf({ ...notice, items }))).join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('3. Sekretess: OSL 18 kap. 8 § EN 2026/0040')
    expect(text).not.toContain('Säkerhetsincident')
  })

  it('says when the notice has not gone out, and marks a cancelled meeting', async () => {
    const text = (await pdfPages(await renderNoticePdf({ ...notice, sentAt: null, cancelled: true, cancelledReason: 'Inga ärenden att behandla' }))).join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('Kallelsen skickad Ännu inte skickad')
    expect(text).toContain('SAMMANTRÄDET ÄR INSTÄLLT')
    expect(text).toContain('Skäl: Inga ärenden att behandla')
  })
})
