/** What other modules may use of meetings and minutes. */
export { findParagraph, type ParagraphRow } from './meetings.repository'
