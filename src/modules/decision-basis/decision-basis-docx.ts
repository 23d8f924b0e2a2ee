// The decision basis (beslutsunderlag) as an editable Word document (docx): the same sections and tables as the PDF.
// The bytes depend on the content alone: the core properties carry the basis's date, the zip entries a fixed time,
// and lists are written as text (Word's numbering would get ids that change from call to call).
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { genitive, type Block, type BasisDocument } from './decision-basis'
import { stampLine, type Stamp } from './decision-basis-pdf'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function coreXml(title: string, author: string, date: string): string {
  const at = `${date}T00:00:00Z`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:subject>Beslutsunderlag</dc:subject><dc:creator>${escapeXml(author)}</dc:creator><dc:language>sv-SE</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/** Sets every entry of a zip to 1980-01-01 00:00 (DOS time 0), in the local headers and the central directory. */
export function fixZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip)
  let end = -1
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('not a zip')
  const entries = out.readUInt16LE(end + 10)
  let at = out.readUInt32LE(end + 16)
  const DOS_1980 = (0 << 9) | (1 << 5) | 1
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory')
    out.writeUInt16LE(0, at + 12)
    out.writeUInt16LE(DOS_1980, at + 14)
    const local = out.readUInt32LE(at + 42)
    out.writeUInt16LE(0, local + 10)
    out.writeUInt16LE(DOS_1980, local + 12)
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32)
  }
  return out
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder }

function cell(text: string, numeric: boolean, bold: boolean) {
  return new TableCell({
    borders,
    children: [new Paragraph({ alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold, size: 18 })] })],
  })
}

function blocks(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] })]
    case 'list':
    case 'numbered':
      return b.items.map((item, i) => new Paragraph({ indent: { left: 360, hanging: 360 }, spacing: { after: 60 }, children: [new TextRun(`${b.kind === 'numbered' ? `${i + 1}.` : '–'}\t${item}`)] }))
    case 'table': {
      const rows = [
        new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c, b.numeric[i]!, true)) }),
        ...b.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, b.numeric[i]!, false)) })),
        ...(b.total ? [new TableRow({ children: b.total.map((c, i) => cell(c, b.numeric[i]!, true)) })] : []),
      ]
      return [
        new Paragraph({ spacing: { before: 120, after: 60 }, children: [new TextRun({ text: b.caption, bold: true })] }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        new Paragraph({ children: [] }),
      ]
    }
  }
}

/** The decision basis as .docx bytes; the same document and stamp always give the same bytes. */
export async function renderBasisDocx(d: BasisDocument, stamp: Stamp): Promise<Buffer> {
  const title = d.memberName ? `${d.title} – ${d.memberName}` : d.title
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: d.collaborationName, bold: true })] }),
    new Paragraph({ children: [new TextRun(`BESLUTSUNDERLAG · ${d.date}`)] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(d.title)] }),
    new Paragraph({ children: [new TextRun(d.subtitle)] }),
    ...(d.memberName ? [new Paragraph({ children: [new TextRun({ text: `Underlag för ${genitive(d.memberName)} likalydande beslut`, bold: true })] })] : []),
    new Paragraph({ children: [new TextRun({ text: stamp.dispatched ?? 'Utkast – inte utskickat', size: 18 })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: stampLine(stamp), size: 18 })] }),
  ]
  for (const section of d.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }))
    for (const b of section.blocks) children.push(...blocks(b))
  }
  const document = new Document({
    creator: d.collaborationName,
    title,
    description: 'Beslutsunderlag',
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: `Beslutsunderlag ${d.date} · SHA-256 ${stamp.hash}`, size: 16 })] })] }) },
        children,
      },
    ],
  })
  const bytes = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(title, d.collaborationName, d.date) }])
  return fixZipTimes(bytes)
}
