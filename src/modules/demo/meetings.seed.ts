import type { Database } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { loadGrants } from '../auth/auth.repository'
import * as cases from '../cases/cases.service'
import { listBodies } from '../governance/governance.repository'
import * as governance from '../governance/governance.service'
import * as initiatives from '../initiatives/initiatives.service'
import * as meetings from '../meetings/meetings.service'
import * as minutes from '../meetings/minutes.service'

/** The same use cases, acting as a named demo user (the chair and the adjuster approve in their own name). */
async function actingAs(ctx: Ctx, db: Database, email: string): Promise<Ctx> {
  const [user] = await db.query<{ id: string; name: string; email: string }>('select id, name, email from app_user where email = $1', [email])
  return { ...ctx, actor: { user: { ...user!, isAdmin: false, locale: 'sv' }, grants: await loadGrants(db, user!.id) } }
}

/**
 * Norrbottens e-nämnd's registry and meetings: its registration-number format with a classification
 * code, cases in every status, a confidential one, a past meeting whose minutes are approved and posted,
 * and the next meeting with cases ready for it — one of them starting the chattbot idea's pre-study.
 */
export async function seedDemoMeetings(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const id = collaborations.get('EN')!
  const bodies = await listBodies(db, id)
  const board = bodies.find((b) => b.name === 'Norrbottens e-nämnd')!
  const preparing = bodies.find((b) => b.name === 'Beredningsgruppen')!
  // The demo chair and adjuster hold the Luleå and Piteå ledamot seats, so the minutes name the same people.
  const seats = (await governance.getGovernance(ctx, id)).bodies.find((b) => b.id === board.id)!.seats
  for (const [memberName, personName] of [['Luleå', 'Olof Ordförande'], ['Piteå', 'Lars Ledamot']] as const) {
    const seat = seats.find((s) => s.memberName === memberName && s.seatRole === 'ledamot')!
    await governance.updateSeat(ctx, id, board.id, seat.id, { ...seat, personName })
  }
  const secretary = await actingAs(ctx, db, 'sekreterare@demo.samverka.se')
  const chair = await actingAs(ctx, db, 'ordforande@demo.samverka.se')
  const adjuster = await actingAs(ctx, db, 'ledamot@demo.samverka.se')

  await cases.updateCaseSettings(ctx, id, {
    caseNumberFormat: '{year}/{seq}-{code}',
    classification: [
      { code: '1.1', title: 'Nämndens styrning och uppföljning' },
      { code: '2.2.0.2', title: 'Gemensamma utvecklingsprojekt' },
      { code: '3.1', title: 'Avtal och upphandling' },
      { code: '4.1', title: 'Förvaltning av gemensamma lösningar' },
    ],
  })
  const initiativeId = async (title: string) => (await db.query<{ id: string }>('select id from initiative where collaboration_id = $1 and title = $2', [id, title]))[0]!.id
  const register = (title: string, code: string, registeredOn: string, extra: Partial<Parameters<typeof cases.registerCase>[2]> = {}) =>
    cases.registerCase(secretary, id, { title, description: '', classificationCode: code, preparingBodyId: preparing.id, decidingBodyId: board.id, initiativeId: null, confidential: false, confidentialityGround: '', registeredOn, ...extra })
  const ready = async (found: Awaited<ReturnType<typeof register>>) => cases.updateCase(secretary, id, found.id, { ...found, status: 'ready_for_decision' })

  // The past meeting, held, approved and posted.
  const report = await ready(await register('Delårsrapport per augusti 2026', '1.1', '2026-08-31'))
  const incident = await ready(
    await register('Säkerhetsincident i e-tjänsteplattformen', '4.1', '2026-09-02', {
      description: 'Redovisning av incidenten och åtgärderna.',
      confidential: true,
      confidentialityGround: 'OSL 18 kap. 8 §',
    }),
  )
  await cases.registerDocument(secretary, id, incident.id, { registeredOn: '2026-09-02', direction: 'incoming', counterpart: 'Leverantören av e-tjänsteplattformen', description: 'Incidentrapport', attachmentId: null, confidential: true, confidentialityGround: 'OSL 18 kap. 8 §' })
  const september = await meetings.createMeeting(secretary, id, { bodyId: board.id, startsAt: '2026-09-16T07:00:00Z', endsAt: '2026-09-16T09:30:00Z', place: 'Stadshuset, Luleå', link: '' })
  await meetings.updateMeeting(secretary, id, september.id, { ...september, chairUserId: chair.actor.user!.id, adjusterUserIds: [adjuster.actor.user!.id], secretaryName: secretary.actor.user!.name })
  for (const found of [report, incident]) await meetings.addAgendaItem(secretary, id, september.id, { caseId: found.id, title: '' })
  await meetings.sendNotice(secretary, id, september.id)
  let held = await meetings.getMeeting(secretary, id, september.id)
  await meetings.decideItem(secretary, id, september.id, held.agenda[0]!.id, { outcome: 'approve', wording: 'Nämnden godkänner delårsrapporten och lägger den till handlingarna.', reservations: '', decisionKindId: null, deferToMeetingId: null })
  await meetings.decideItem(secretary, id, september.id, held.agenda[1]!.id, { outcome: 'approve', wording: 'Nämnden godkänner de redovisade åtgärderna.', reservations: '', decisionKindId: null, deferToMeetingId: null })
  held = await meetings.closeMeeting(secretary, id, september.id)
  await minutes.approveMinutes(chair, id, september.id)
  await minutes.approveMinutes(adjuster, id, september.id)
  // Demo history: the approvals happened two days after the meeting, not when the demo was loaded.
  await db.query(`update minutes_approval set approved_at = case role when 'chair' then timestamptz '2026-09-18 14:02+02' else timestamptz '2026-09-18 16:40+02' end where meeting_id = $1`, [september.id])
  await minutes.publishMinutes(secretary, id, september.id, '2026-09-21')

  // The chattbot idea has its needs inventory; only the nämnd's decision to start the pre-study is missing.
  const chattbot = await initiativeId('Chattbot för medborgarservice')
  await initiatives.saveDocumentVersion(ctx, id, chattbot, 'needs_inventory', { values: { need: 'Kontaktcentren får samma frågor om och om igen.', expected_benefit: 'Svar dygnet runt och mer tid för svåra ärenden.' }, final: true, attachmentIds: [], note: '' }, '2026-10-20')
  const toStart = await register('Starta förstudie: Chattbot för medborgarservice', '2.2.0.2', '2026-10-21', { initiativeId: chattbot, description: 'Kalix, Haparanda och Överkalix föreslår en gemensam förstudie.' })
  await cases.registerDocument(secretary, id, toStart.id, { registeredOn: '2026-10-21', direction: 'incoming', counterpart: 'Kalix kommun', description: 'Behovsinventering och förslag till förstudiedirektiv', attachmentId: null, confidential: false, confidentialityGround: '' })
  await ready(toStart)
  await ready(await register('Verksamhetsplan och budget 2027', '1.1', '2026-10-28'))
  await register('Yttrande över förslag om nationell e-arkivtjänst', '3.1', '2026-11-10')

  // The next meeting: planned, with chair and adjuster named.
  const december = await meetings.createMeeting(secretary, id, { bodyId: board.id, startsAt: '2026-12-09T08:00:00Z', endsAt: '2026-12-09T11:00:00Z', place: 'Stadshuset, Luleå', link: '' })
  await meetings.updateMeeting(secretary, id, december.id, { ...december, chairUserId: chair.actor.user!.id, adjusterUserIds: [adjuster.actor.user!.id], secretaryName: secretary.actor.user!.name })
  await meetings.createMeeting(secretary, id, { bodyId: board.id, startsAt: '2027-02-17T08:00:00Z', endsAt: null, place: 'Stadshuset, Luleå', link: '' })

  for (const item of [
    { month: 1, title: 'Verksamhetsberättelse för föregående år' },
    { month: 4, title: 'Uppföljning av verksamhetsplanen, första tertialet' },
    { month: 9, title: 'Delårsrapport per augusti' },
    { month: 10, title: 'Förslag till verksamhetsplan och budget' },
    { month: 12, title: 'Verksamhetsplan och budget fastställs' },
  ]) {
    await minutes.addAnnualWheelItem(ctx, id, { ...item, description: '', bodyId: board.id })
  }
}
