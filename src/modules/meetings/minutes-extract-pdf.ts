// An extract of the minutes (protokollsutdrag): one § as it stands in the minutes, with how the minutes
// were approved and posted, certified by the secretary. It is what each member receives for its own decision.
import { BOLD, contentWidth, drawPageFurniture, ensureSpace, FONT, INK, labelledRow, MARGIN, openDocument, printableDeep, type Doc } from '../../server/pdf/pdf-layout'
import { approvalText, DRAFT_MARK, drawParagraph, meetingMasthead, type Approval, type MinutesParagraph } from './minutes-pdf'

/** The § itself is the minutes' (`confidentialGround` set: the extract is then only for those who may read it). */
export interface ExtractDocument extends Omit<MinutesParagraph, 'number'> {
  /** The minutes are not yet approved by all. */
  draft: boolean
  collaborationName: string
  bodyName: string
  meetingDate: string // YYYY-MM-DD
  paragraph: number
  year: number
  approvals: Approval[]
  notice: { postedOn: string; appealEndsOn: string } | null
  secretary: string
}

const LABEL_WIDTH = 118
const ROLE = { chair: 'Ordförande', adjuster: 'Justerare' } as const

/** "Protokollsutdrag Norrbottens e-nämnd 2026-12-09 § 4.pdf" */
export const extractFileName = (e: Pick<ExtractDocument, 'bodyName' | 'meetingDate' | 'paragraph'>) => `Protokollsutdrag ${e.bodyName} ${e.meetingDate} § ${e.paragraph}.pdf`

function header(doc: Doc, e: ExtractDocument): void {
  const width = contentWidth(doc)
  meetingMasthead(doc, e, 'PROTOKOLLSUTDRAG', 190, 16)
  if (e.draft) {
    doc.font(BOLD).fontSize(12).fillColor(INK).text(DRAFT_MARK.toUpperCase(), MARGIN, doc.y, { width })
    doc.font(FONT).fontSize(9.5).text('Protokollet är inte justerat. Utdraget visar paragrafen som den står i utkastet och kan ändras.', MARGIN, doc.y + 2, { width })
    doc.y += 12
  }
}

/** Renders one § of the minutes as an extract certified by the secretary. */
export async function renderExtractPdf(original: ExtractDocument): Promise<Buffer> {
  const e = printableDeep(original)
  const { doc, bytes } = openDocument({ title: extractFileName(e).replace(/\.pdf$/, ''), author: e.collaborationName, subject: `Protokollsutdrag § ${e.paragraph}, ${e.title}` })
  header(doc, e)
  const row = (label: string, lines: string[]) =>
    labelledRow(doc, label, (x, width) => {
      for (const line of lines) doc.text(line, x, doc.y, { width })
    }, LABEL_WIDTH)
  row('Organ', [e.bodyName])
  row('Paragraf', [`§ ${e.paragraph} år ${e.year}`])
  drawParagraph(doc, { number: e.paragraph, title: e.title, caseNumber: e.caseNumber, wording: e.wording, outcome: e.outcome, reservations: e.reservations, confidentialGround: null, confidentialNote: e.confidentialGround })
  row('Justering', e.approvals.length ? e.approvals.map((a) => `${ROLE[a.role]} ${a.name}: ${approvalText(a)}`) : ['Protokollet är ännu inte justerat.'])
  row('Anslag', e.notice ? [`Justeringen tillkännagavs genom anslag ${e.notice.postedOn}.`, `Sista dag att överklaga: ${e.notice.appealEndsOn}.`] : ['Justeringen har ännu inte anslagits.'])
  ensureSpace(doc, 70)
  doc.y += 10
  doc.font(BOLD).fontSize(10).fillColor(INK).text('Rätt utdraget intygar', MARGIN, doc.y)
  const lineY = doc.y + 26
  doc.moveTo(MARGIN, lineY).lineTo(MARGIN + 230, lineY).lineWidth(0.5).strokeColor(INK).stroke()
  doc.font(FONT).fontSize(10).text(e.secretary ? `${e.secretary}, sekreterare` : 'Sekreterare', MARGIN, lineY + 4, { width: 230 })
  drawPageFurniture(doc, {
    header: [e.bodyName === e.collaborationName ? e.bodyName : `${e.collaborationName} · ${e.bodyName}`, `Protokollsutdrag § ${e.paragraph}`],
    footer: `${e.bodyName} · Sammanträdesdatum ${e.meetingDate} · § ${e.paragraph}`,
    mark: e.draft ? DRAFT_MARK : null,
  })
  doc.end()
  return bytes
}
