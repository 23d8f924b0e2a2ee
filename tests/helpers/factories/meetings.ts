import type { Database } from '../../../src/server/db/database'
import { addAgendaItem, closeMeeting, createMeeting, decideItem, getMeeting, sendNotice, updateMeeting } from '../../../src/modules/meetings'
import { publishMinutes, recordPaperApproval } from '../../../src/modules/meetings'
import { buildBody, buildSeatedPerson } from './governance'
import { officeCtx } from './people'

const stockholmDate = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(iso))

interface ParagraphSpec {
  title?: string
  outcome?: 'approve' | 'reject' | 'defer'
  caseId?: string | null
}

/**
 * A meeting of a body, built through the meetings' use cases as the secretary would hold it:
 * `withParagraph` puts an item on the agenda and decides it (§ N), `held` closes the meeting, and
 * `named` names a chair and an adjuster with accounts, `approved` also has them sign the minutes (on paper, dated the meeting's day), and
 * `published` (the notice date) posts them. `withParagraph` may list several items, decided in order.
 * A paragraph needs the meeting to have started, so `startsAt` must then lie before the clock's now.
 */
export async function buildMeeting(
  db: Database,
  collaborationId: string,
  overrides: {
    bodyId?: string
    startsAt?: string
    place?: string
    noticeSent?: boolean
    withParagraph?: boolean | ParagraphSpec | ParagraphSpec[]
    held?: boolean
    named?: boolean
    approved?: boolean
    published?: string
  } = {},
) {
  const ctx = await officeCtx(db)
  const bodyId = overrides.bodyId ?? (await buildBody(db, collaborationId, { decidesAll: false })).id
  const startsAt = overrides.startsAt ?? '2026-01-15T09:00:00+01:00'
  const approve = Boolean(overrides.approved || overrides.published)
  const approvers = approve || overrides.named
    ? { chair: await buildSeatedPerson(db, collaborationId, bodyId), adjuster: await buildSeatedPerson(db, collaborationId, bodyId) }
    : null
  let meeting = await createMeeting(ctx, collaborationId, { bodyId, startsAt, endsAt: null, place: overrides.place ?? 'Stadshuset', link: '' })
  if (approvers) {
    meeting = await updateMeeting(ctx, collaborationId, meeting.id, {
      version: meeting.version,
      startsAt,
      endsAt: null,
      place: meeting.place,
      link: '',
      chairUserId: approvers.chair.id,
      adjusterUserIds: [approvers.adjuster.id],
      secretaryName: 'Sekreteraren',
    })
  }
  if (overrides.noticeSent) meeting = await sendNotice(ctx, collaborationId, meeting.id)
  const itemIds: string[] = []
  const paragraphs = overrides.withParagraph === true ? [{}] : Array.isArray(overrides.withParagraph) ? overrides.withParagraph : overrides.withParagraph ? [overrides.withParagraph] : []
  for (const paragraph of paragraphs) {
    meeting = await addAgendaItem(ctx, collaborationId, meeting.id, { caseId: paragraph.caseId ?? null, title: paragraph.title ?? 'Budget 2027' })
    const itemId = meeting.agenda.at(-1)!.id
    itemIds.push(itemId)
    meeting = await decideItem(ctx, collaborationId, meeting.id, itemId, { outcome: paragraph.outcome ?? 'approve', wording: '', reservations: '', decisionKindId: null, deferToMeetingId: null })
  }
  if (overrides.held || approve) meeting = await closeMeeting(ctx, collaborationId, meeting.id)
  if (approvers && approve) {
    const signedOn = stockholmDate(startsAt)
    await recordPaperApproval(ctx, collaborationId, meeting.id, { role: 'chair', userId: approvers.chair.id, signedOn })
    meeting = await recordPaperApproval(ctx, collaborationId, meeting.id, { role: 'adjuster', userId: approvers.adjuster.id, signedOn })
  }
  if (overrides.published) meeting = await publishMinutes(ctx, collaborationId, meeting.id, overrides.published)
  return { meeting: await getMeeting(ctx, collaborationId, meeting.id), bodyId, itemId: itemIds[0] ?? null, itemIds, chair: approvers?.chair ?? null, adjuster: approvers?.adjuster ?? null }
}
