import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { PageQuery } from '../../server/http/paging'
import { CollaborationParams } from '../../server/http/params'
import { meetingsPolicy } from './meetings.policy'
import {
  AddAgendaItemBody,
  AgendaItemParams,
  AnnualWheelItem,
  AttendanceBody,
  BodyCalendarParams,
  CancelMeetingBody,
  CandidateCase,
  CreateAnnualWheelItemBody,
  CreateMeetingBody,
  DecideItemBody,
  Meeting,
  MeetingListQuery,
  MeetingParams,
  MeetingSummary,
  PaperApprovalBody,
  PublishBody,
  MinutesList,
  ReorderAgendaBody,
  UpdateMeetingBody,
  WheelItemParams,
} from './meetings.schema'
import * as meetings from './meetings.service'
import * as minutes from './minutes.service'

export async function meetingsRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['meetings']
  const base = '/api/collaborations/:collaborationId'
  const one = `${base}/meetings/:meetingId`
  const read = { access: meetingsPolicy.read }
  const prepare = { access: meetingsPolicy.prepare }

  app.get(`${base}/meetings`, { schema: { tags, summary: 'The meeting calendar', params: CollaborationParams, querystring: MeetingListQuery, response: { 200: z.array(MeetingSummary) } }, config: read }, async (request) =>
    meetings.listMeetings(ctxOf(request), request.params.collaborationId, request.query),
  )
  app.post(`${base}/meetings`, { schema: { tags, summary: 'Plan a meeting of a body; attendance starts from its seats', params: CollaborationParams, body: CreateMeetingBody, response: { 201: Meeting } }, config: prepare }, async (request, reply) =>
    reply.status(201).send(await meetings.createMeeting(ctxOf(request), request.params.collaborationId, request.body)),
  )
  app.get(one, { schema: { tags, summary: 'A meeting: agenda, attendance, documents, decisions and approvals', params: MeetingParams, response: { 200: Meeting } }, config: read }, async (request) =>
    meetings.getMeeting(ctxOf(request), request.params.collaborationId, request.params.meetingId),
  )
  app.patch(one, { schema: { tags, summary: 'Change time, place, chair, adjusters and secretary', params: MeetingParams, body: UpdateMeetingBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.updateMeeting(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body),
  )
  app.post(`${one}/cancellation`, { schema: { tags, summary: 'Cancel a meeting that has not been held, with the reason; those notified are told', params: MeetingParams, body: CancelMeetingBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.cancelMeeting(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body),
  )
  app.get(`${one}/candidates`, { schema: { tags, summary: 'Cases ready for this body’s decision and not yet on an agenda', params: MeetingParams, response: { 200: z.array(CandidateCase) } }, config: prepare }, async (request) =>
    meetings.agendaCandidates(ctxOf(request), request.params.collaborationId, request.params.meetingId),
  )
  app.post(`${one}/agenda`, { schema: { tags, summary: 'Add a case ready for decision, or a standing item', params: MeetingParams, body: AddAgendaItemBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.addAgendaItem(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body),
  )
  app.delete(`${one}/agenda/:itemId`, { schema: { tags, summary: 'Take an undecided item off the agenda', params: AgendaItemParams, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.removeAgendaItem(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.params.itemId),
  )
  app.put(`${one}/agenda/order`, { schema: { tags, summary: 'Put the agenda in a new order', params: MeetingParams, body: ReorderAgendaBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.reorderAgenda(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body.itemIds),
  )
  app.put(`${one}/attendance`, { schema: { tags, summary: 'Record who attended and who served for whom', params: MeetingParams, body: AttendanceBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.setAttendance(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body.attendance),
  )
  app.post(`${one}/notice`, { schema: { tags, summary: 'Send the notice (kallelse) with the agenda', params: MeetingParams, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.sendNotice(ctxOf(request), request.params.collaborationId, request.params.meetingId),
  )
  app.post(`${one}/documents`, { schema: { tags, summary: 'Attach a meeting document', params: MeetingParams, body: z.object({ attachmentId: z.uuid() }), response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.addMeetingDocument(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body.attachmentId),
  )
  app.post(`${one}/items/:itemId/decision`, { schema: { tags, summary: 'Record the decision on an item as § N of the body’s year, once the meeting has started', params: AgendaItemParams, body: DecideItemBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.decideItem(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.params.itemId, request.body),
  )
  app.post(`${one}/held`, { schema: { tags, summary: 'Close the meeting (once it has started and every item is decided or deferred); its §§ and attendance are then fixed', params: MeetingParams, response: { 200: Meeting } }, config: prepare }, async (request) =>
    meetings.closeMeeting(ctxOf(request), request.params.collaborationId, request.params.meetingId),
  )
  app.post(`${one}/approve`, { schema: { tags, summary: 'Approve (justera) the minutes as the meeting’s chair or adjuster', params: MeetingParams, response: { 200: Meeting } }, config: { access: meetingsPolicy.approve } }, async (request) =>
    minutes.approveMinutes(ctxOf(request), request.params.collaborationId, request.params.meetingId),
  )
  app.post(`${one}/paper-approvals`, { schema: { tags, summary: 'Record a chair’s or adjuster’s approval signed on paper, with the day it was signed', params: MeetingParams, body: PaperApprovalBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    minutes.recordPaperApproval(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body),
  )
  app.post(`${one}/publish`, { schema: { tags, summary: 'Post the approved minutes, no earlier than the approval and no later than the second day after it; the appeal period runs from that day', params: MeetingParams, body: PublishBody, response: { 200: Meeting } }, config: prepare }, async (request) =>
    minutes.publishMinutes(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.body.noticeDate),
  )
  app.get(`${base}/minutes`, { schema: { tags, summary: 'The register of published minutes, newest meeting first, paged', params: CollaborationParams, querystring: PageQuery, response: { 200: MinutesList } }, config: read }, async (request) =>
    minutes.listPublishedMinutes(ctxOf(request), request.params.collaborationId, request.query),
  )
  app.get(`${base}/bodies/:bodyId/calendar.ics`, { schema: { tags, summary: 'A body’s meetings as an iCal feed', params: BodyCalendarParams }, config: read }, async (request, reply) => {
    const origin = `${request.protocol}://${request.host}`
    const feed = await minutes.bodyCalendar(ctxOf(request), request.params.collaborationId, request.params.bodyId, origin)
    return reply.header('content-type', 'text/calendar; charset=utf-8').send(feed)
  })
  app.get(`${base}/annual-wheel`, { schema: { tags, summary: 'The annual wheel (årshjul)', params: CollaborationParams, response: { 200: z.array(AnnualWheelItem) } }, config: read }, async (request) =>
    minutes.listAnnualWheel(ctxOf(request), request.params.collaborationId),
  )
  app.post(`${base}/annual-wheel`, { schema: { tags, summary: 'Add to the annual wheel', params: CollaborationParams, body: CreateAnnualWheelItemBody, response: { 201: AnnualWheelItem } }, config: { access: meetingsPolicy.annualWheel } }, async (request, reply) =>
    reply.status(201).send(await minutes.addAnnualWheelItem(ctxOf(request), request.params.collaborationId, request.body)),
  )
  app.delete(`${base}/annual-wheel/:itemId`, { schema: { tags, summary: 'Remove from the annual wheel', params: WheelItemParams, response: { 204: z.null() } }, config: { access: meetingsPolicy.annualWheel } }, async (request, reply) => {
    await minutes.removeAnnualWheelItem(ctxOf(request), request.params.collaborationId, request.params.itemId)
    return reply.status(204).send(null)
  })
}
