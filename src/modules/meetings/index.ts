/** What other modules may use of meetings and minutes. */
export { findParagraph, linkDecision as linkParagraphDecision, type ParagraphRow } from './meetings.repository'
export { meetingSubscribers } from './meetings.subscribers'
