import { mkdir, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { extractFileName, renderExtractPdf, type ExtractDocument } from './minutes-extract-pdf'

const extract: ExtractDocument = {
  draft: false,
  collaborationName: 'Norrbottens e-nämnd',
  bodyName: 'Norrbottens e-nämnd',
  meetingDate: '2026-12-09',
  paragraph: 4,
  year: 2026,
  title: 'Chattbot för medborgarservice – start av förstudie',
  caseNumber: 'EN 2026/0041',
  wording: 'E-nämnden beslutar att starta en förstudie om en gemensam chattbot. Medlemskommunerna ombeds fatta eget beslut om deltagande.',
  outcome: 'approve',
  reservations: 'Lena Juuso (V) reserverar sig mot beslutet.',
  confidentialGround: null,
  approvals: [
    { role: 'chair', name: 'Maria Nilsson', approvedAt: '2026-12-09T15:10:00Z', recorded: false, signedOn: null, recordedByName: null },
    { role: 'adjuster', name: 'Åsa Öberg', approvedAt: '2026-12-10T08:00:00Z', recorded: true, signedOn: '2026-12-09', recordedByName: 'Johanna Berg' },
  ],
  notice: { postedOn: '2026-12-10', appealEndsOn: '2026-12-31' },
  secretary: 'Johanna Berg',
}

const textOf = async (e: ExtractDocument) => (await pdfPages(await renderExtractPdf(e))).join('\n').replace(/\s+/g, ' ')

describe('renderExtractPdf', () => {
  it('shows its §, the decision, how the minutes were approved and posted, certified by the secretary', async () => {
    const pdf = await renderExtractPdf(extract)
    if (process.env.SCREENSHOTS === '1') {
      await mkdir('tmp', { recursive: true })
      await writeFile('tmp/extract-sample.pdf', pdf)
    }
    const text = (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('PROTOKOLLSUTDRAG')
    expect(text).toContain('Sammanträdesdatum 2026-12-09')
    expect(text).toContain('§ 4 år 2026')
    expect(text).toContain('§ 4 Chattbot för medborgarservice – start av förstudie')
    expect(text).toContain('Dnr EN 2026/0041')
    expect(text).toContain('E-nämnden beslutar att starta en förstudie')
    expect(text).toContain('Beslut: bifall')
    expect(text).toContain('Reservation: Lena Juuso (V) reserverar sig mot beslutet.')
    expect(text).toContain('Ordförande Maria Nilsson: Justerat digitalt 2026-12-09 kl. 16:10')
    expect(text).toContain('Justerare Åsa Öberg: Justerat på papper 2026-12-09, registrerat i Samverka av Johanna Berg')
    expect(text).toContain('Justeringen tillkännagavs genom anslag 2026-12-10.')
    expect(text).toContain('Sista dag att överklaga: 2026-12-31.')
    expect(text).toContain('Rätt utdraget intygar')
    expect(text).toContain('Johanna Berg, sekreterare')
    expect(text).not.toMatch(/utkast/i)
  })

  it('is marked as a draft while the minutes are not approved', async () => {
    const text = await textOf({ ...extract, draft: true, approvals: [], notice: null })
    expect(text).toContain('UTKAST – EJ JUSTERAT')
    expect(text).toContain('Utkast – ej justerat')
    expect(text).toContain('Protokollet är ännu inte justerat.')
    expect(text).toContain('Justeringen har ännu inte anslagits.')
  })

  it('is named after the body, the date and the §', () => {
    expect(extractFileName(extract)).toBe('Protokollsutdrag Norrbottens e-nämnd 2026-12-09 § 4.pdf')
  })
})
