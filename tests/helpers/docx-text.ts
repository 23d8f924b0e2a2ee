import { strFromU8, unzipSync } from 'fflate'

/** A Word document read back: the text of word/document.xml, paragraph by paragraph, as Word would show it. */
export function docxText(docx: Buffer | Uint8Array): string {
  const files = unzipSync(new Uint8Array(docx), { filter: (file) => file.name === 'word/document.xml' })
  const xml = strFromU8(files['word/document.xml']!)
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
