import { mkdir, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { printable } from '../../server/pdf/pdf-layout'
import { approvalText, formatApprovalTime, paragraphRange, renderMinutesPdf, type MinutesDocument } from './minutes-pdf.js'

const minutes: MinutesDocument = {
  draft: false,
  collaborationName: 'Norrbottens e-nämnd',
  bodyName: 'Gemensamma e-nämnden',
  meetingDate: '2026-11-24',
  startsAt: '09:00',
  endsAt: '11:30',
  place: 'Kommunhuset i Luleå, sessionssalen',
  present: [
    { name: 'Maria Nilsson', seatRole: 'ledamot', memberName: 'Luleå', servingFor: null, position: 'chair' },
    { name: 'Erik Lundström', seatRole: 'ledamot', memberName: 'Kalix', servingFor: null, position: 'vice_chair' },
    { name: 'Åsa Öberg', seatRole: 'ledamot', memberName: 'Överkalix', servingFor: null, position: null },
    { name: 'Per-Olof Älvström', seatRole: 'ersattare', memberName: 'Älvsbyn', servingFor: 'Karin Björk', position: null },
    { name: 'Lena Juuso', seatRole: 'ledamot', memberName: 'Övertorneå', servingFor: null, position: null },
    { name: 'Nils Pavval', seatRole: 'ledamot', memberName: 'Jokkmokk', servingFor: null, position: null },
  ],
  absent: [
    { name: 'Karin Björk', seatRole: 'ledamot', memberName: 'Älvsbyn' },
    { name: 'Gunnar Rask', seatRole: 'ersattare', memberName: 'Kalix' },
  ],
  others: [
    { name: 'Johanna Berg', title: 'sekreterare' },
    { name: 'Mikael Strand', title: 'e-samordnare' },
    { name: 'Sara Holm', title: 'föredragande, § 13' },
  ],
  secretary: 'Johanna Berg',
  chair: 'Maria Nilsson',
  adjusters: ['Åsa Öberg', 'Lena Juuso'],
  paragraphs: [
    {
      number: 12,
      title: 'Budget och verksamhetsplan 2027',
      caseNumber: 'EN 2026/0012',
      wording:
        'E-nämnden beslutar att fastställa budget och verksamhetsplan för 2027 enligt bilaga 1, med en samlad kostnad om 14,2 miljoner kronor fördelad mellan medlemskommunerna efter invånarantal den 1 november 2026.\n\nKostnaden för e-arkivet fördelas lika.',
      outcome: 'approve',
      reservations: 'Lena Juuso (V) reserverar sig mot beslutet till förmån för eget förslag om fördelning efter användning.',
      confidentialGround: null,
    },
    {
      number: 13,
      title: 'Gemensam upphandling av e-tjänsteplattform',
      caseNumber: 'EN 2026/0031',
      wording: 'E-nämnden beslutar att avbryta upphandlingen eftersom inget anbud uppfyller skall-kraven.',
      outcome: 'reject',
      reservations: '',
      confidentialGround: null,
    },
    {
      number: 14,
      title: 'Säkerhetsincident i inloggningstjänsten',
      caseNumber: 'EN 2026/0040',
      wording: 'Leverantörens svaga lösenordshantering i admin-gränssnittet gav åtkomst till loggar.',
      outcome: 'approve',
      reservations: '',
      confidentialGround: '18 kap. 8 § offentlighets- och sekretesslagen (2009:400)',
    },
    {
      number: 15,
      title: 'Riktlinjer för digital justering',
      caseNumber: null,
      wording: 'Ärendet bordläggs till nästa sammanträde i väntan på yttrande från Överkalix kommun.',
      outcome: 'defer',
      reservations: '',
      confidentialGround: null,
    },
  ],
  approvals: [
    { role: 'chair', name: 'Maria Nilsson', approvedAt: '2026-11-25T13:02:00Z', recorded: false, signedOn: null, recordedByName: null },
    { role: 'adjuster', name: 'Åsa Öberg', approvedAt: '2026-11-25T15:40:00Z', recorded: false, signedOn: null, recordedByName: null },
  ],
  notice: { postedOn: '2026-11-26', appealEndsOn: '2026-12-17' },
}

const pagesOf = pdfPages

describe('renderMinutesPdf', () => {
  it('writes the minutes in the Swedish layout', async () => {
    const pdf = await renderMinutesPdf(minutes)
    if (process.env.SCREENSHOTS === '1') {
      await mkdir('tmp', { recursive: true })
      await writeFile('tmp/minutes-sample.pdf', pdf)
    }
    const pages = await pagesOf(pdf)
    const all = pages.join('\n').replace(/\s+/g, ' ')
    expect(pages[0]).toContain('PROTOKOLL')
    expect(pages[0]).toContain('Sammanträdesdatum')
    expect(pages[0]).toContain('09:00–11:30')
    for (const p of minutes.present) expect(pages[0]).toContain(p.name)
    for (const member of ['Kalix', 'Luleå', 'Överkalix', 'Älvsbyn']) expect(pages[0]).toContain(member)
    expect(pages[0]!.replace(/\s+/g, ' ')).toContain('tjänstgörande ersättare för Karin Björk')
    expect(pages[0]).toContain('ordförande')
    expect(pages[0]).toContain('Mikael Strand, e-samordnare')
    expect(pages[0]).toContain('§ 12–15')
    // The chair and one adjuster have approved; the other adjuster's line is still empty.
    expect(pages[0]).toContain('Justerat digitalt 2026-11-25 kl. 14:02')
    expect(pages[0]).toContain('Justerat digitalt 2026-11-25 kl. 16:40')
    expect(pages[0]!.match(/Justerat digitalt/g)).toHaveLength(2)
    expect(all).toContain('ANSLAG/BEVIS')
    expect(all).toContain('Anslaget sätts upp 2026-11-26 och tas ned 2026-12-17')
    expect(all).toContain('Sista dag att överklaga 2026-12-17')
    expect(all).toContain('§ 12 Budget och verksamhetsplan 2027')
    expect(all).toContain('Dnr EN 2026/0012')
    expect(all).toContain('Beslut: bifall')
    expect(all).toContain('Beslut: avslag')
    expect(all).toContain('Bordläggs')
    expect(all).toContain('Reservation: Lena Juuso (V) reserverar sig mot beslutet')
    expect(all).toContain('Sekretess: 18 kap. 8 § offentlighets- och sekretesslagen (2009:400)')
    expect(all).not.toContain('lösenordshantering')
    expect(all).not.toContain('Säkerhetsincident')
    pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pages.length}`))
  })

  it('marks held minutes not yet approved as a draft on every page, and drops the marking once approved', async () => {
    const draft = await pagesOf(await renderMinutesPdf({ ...minutes, draft: true, approvals: minutes.approvals.slice(0, 1), notice: null }))
    expect(draft[0]).toContain('UTKAST – EJ JUSTERAT')
    expect(draft.length).toBeGreaterThan(1)
    draft.forEach((page) => expect(page).toContain('Utkast – ej justerat'))
    const approved = (await pagesOf(await renderMinutesPdf(minutes))).join('\n')
    expect(approved).not.toMatch(/utkast/i)
  })

  it('lists the absent ledamöter and ersättare and the others present', async () => {
    const pages = await pagesOf(await renderMinutesPdf(minutes))
    const first = pages[0]!.replace(/\s+/g, ' ')
    expect(first).toContain('Frånvarande')
    expect(first).toContain('Karin Björk, ledamot (Älvsbyn)')
    expect(first).toContain('Gunnar Rask, ersättare (Kalix)')
    expect(first).toContain('Övriga närvarande')
    expect(first).toContain('Johanna Berg, sekreterare')
    // An ersättare present who does not serve is not among those deciding.
    const bystander = { name: 'Stina Vik', seatRole: 'ersattare' as const, memberName: 'Luleå', servingFor: null, position: null }
    const withBystander = (await pagesOf(await renderMinutesPdf({ ...minutes, present: [...minutes.present, bystander] })))[0]!.replace(/\s+/g, ' ')
    expect(withBystander).toContain('Ersättare, ej tjänstgörande Stina Vik (Luleå)')
  })

  it('shows an approval signed on paper as recorded, with who recorded it', async () => {
    const paper = { role: 'adjuster' as const, name: 'Lena Juuso', approvedAt: '2026-11-27T08:15:00Z', recorded: true, signedOn: '2026-11-26', recordedByName: 'Johanna Berg' }
    const pages = await pagesOf(await renderMinutesPdf({ ...minutes, approvals: [...minutes.approvals, paper] }))
    const first = pages[0]!.replace(/\s+/g, ' ')
    expect(first).toContain('Justerat på papper 2026-11-26, registrerat i Samverka av Johanna Berg')
    expect(first.match(/Justerat digitalt/g)).toHaveLength(2)
  })

  it('leaves out the notice until the minutes are approved and posted', async () => {
    const pages = await pagesOf(await renderMinutesPdf({ ...minutes, approvals: [], notice: null }))
    const all = pages.join('\n')
    expect(all).not.toContain('ANSLAG/BEVIS')
    expect(all).not.toContain('Justerat digitalt')
    expect(all).toContain('Åsa Öberg')
  })

  it('prints a Sámi name without mojibake', async () => {
    const present = [{ ...minutes.present[0]!, name: 'Ánde Čoavddis', memberName: 'Jokkmokk' }]
    const pages = await pagesOf(await renderMinutesPdf({ ...minutes, present }))
    expect(pages[0]).toContain('Ánde Coavddis')
  })

  it('breaks long minutes over pages with the footer on each', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...minutes.paragraphs[0]!, number: i + 1 }))
    const pages = await pagesOf(await renderMinutesPdf({ ...minutes, paragraphs: many }))
    expect(pages.length).toBeGreaterThan(5)
    expect(pages.at(-1)).toContain(`Sida ${pages.length} av ${pages.length}`)
    expect(pages.join('\n')).toContain('§ 30')
  })
})

describe('helpers', () => {
  it('tells a digital approval from one recorded from paper', () => {
    expect(approvalText({ role: 'chair', name: 'M', approvedAt: '2026-12-09T14:30:00Z', recorded: false, signedOn: null, recordedByName: null })).toBe('Justerat digitalt 2026-12-09 kl. 15:30')
    expect(approvalText({ role: 'chair', name: 'M', approvedAt: '2026-12-11T09:00:00Z', recorded: true, signedOn: '2026-12-10', recordedByName: 'Selma Sekreterare' })).toBe(
      'Justerat på papper 2026-12-10, registrerat i Samverka av Selma Sekreterare',
    )
  })

  it('writes approval times in Swedish time, summer and winter', () => {
    expect(formatApprovalTime('2026-11-25T13:02:00Z')).toBe('2026-11-25 kl. 14:02')
    expect(formatApprovalTime('2026-06-25T22:30:00Z')).toBe('2026-06-26 kl. 00:30')
  })

  it('keeps Swedish letters and strips only the diacritics the built-in font lacks', () => {
    expect(printable('Överkalix, Älvsbyn § 12 – “Å”')).toBe('Överkalix, Älvsbyn § 12 – “Å”')
    expect(printable('Čohkkiras Ŋáŋŋá Đ')).toBe('Cohkkiras Nánná D')
    expect(printable('日本')).toBe('??')
  })

  it('writes the paragraph range', () => {
    expect(paragraphRange([15, 12, 13, 14])).toBe('§ 12–15')
    expect(paragraphRange([3, 4, 7])).toBe('§ 3–4, 7')
    expect(paragraphRange([9])).toBe('§ 9')
  })
})
