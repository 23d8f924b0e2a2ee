import type { Database } from '../../server/db/database'
import { runAt } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { loadGrants } from '../auth'
import * as cases from '../cases'
import { listBodies } from '../governance'
import * as governance from '../governance'
import * as initiatives from '../initiatives'
import * as meetings from '../meetings'
import * as minutes from '../meetings'

/** The same use cases, acting as a named demo user (the chair and the adjuster approve in their own name). */
async function actingAs(ctx: Ctx, db: Database, email: string): Promise<Ctx> {
  const [user] = await db.query<{ id: string; name: string; email: string }>('select id, name, email from app_user where email = $1', [email])
  return { ...ctx, actor: { user: { ...user!, isAdmin: false, locale: 'sv' }, grants: await loadGrants(db, user!.id) } }
}

/**
 * Norrbottens e-nämnd's registry and meetings, kept in Samverka since September 2026: its registration-number
 * format with a classification code, cases in every status, a confidential one; the September and October
 * meetings held, their minutes approved and posted on the days the law allows (each step recorded on its own
 * day), the October one taking the nämnd's decision on managing the e-archive; and the December meeting with
 * its notice sent and cases ready for it — one of them starting the chattbot idea's pre-study.
 */
export async function seedDemoMeetings(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const id = collaborations.get('EN')!
  const bodies = await listBodies(db, id)
  const board = bodies.find((b) => b.name === 'Norrbottens e-nämnd')!
  const preparing = bodies.find((b) => b.name === 'Beredningsgruppen')!
  const secretary = await actingAs(ctx, db, 'sekreterare@demo.samverka.se')
  const chair = await actingAs(ctx, db, 'ordforande@demo.samverka.se')
  const adjuster = await actingAs(ctx, db, 'ledamot@demo.samverka.se')
  const chairId = chair.actor.user!.id
  const adjusterId = adjuster.actor.user!.id

  // From September the nämnd's decisions are §§ of its meetings here; earlier ones stay in the paper minutes.
  await governance.updateBody(ctx, id, board.id, { ...board, minutesKeptFrom: '2026-09-01' })
  // The demo chair and adjuster hold the Luleå and Piteå ledamot seats with their own accounts.
  const seats = (await governance.getGovernance(ctx, id)).bodies.find((b) => b.id === board.id)!.seats
  for (const [memberName, personName, userId] of [['Luleå', 'Olof Ordförande', chairId], ['Piteå', 'Lars Ledamot', adjusterId]] as const) {
    const seat = seats.find((s) => s.memberName === memberName && s.seatRole === 'ledamot')!
    await governance.updateSeat(ctx, id, board.id, seat.id, { ...seat, personName, userId })
  }

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
    runAt(`${registeredOn}T10:00:00+02:00`, () =>
      cases.registerCase(secretary, id, { title, description: '', classificationCode: code, preparingBodyId: preparing.id, decidingBodyId: board.id, initiativeId: null, confidential: false, confidentialityGround: '', registeredOn, ...extra }),
    )
  const ready = async (found: Awaited<ReturnType<typeof register>>, proposedDecision: string) => cases.updateCase(secretary, id, found.id, { ...found, status: 'ready_for_decision', proposedDecision })

  /** A meeting run as the secretary, chair and adjuster would, each step at its own time. */
  async function holdMeeting(spec: { plannedAt: string; startsAt: string; endsAt: string; noticeAt: string; decidedAt: string; closedAt: string; approvedAt: [string, string]; postedOn: string; items: { caseId: string; wording: string }[] }) {
    const meeting = await runAt(spec.plannedAt, async () => {
      const created = await meetings.createMeeting(secretary, id, { bodyId: board.id, startsAt: spec.startsAt, endsAt: spec.endsAt, place: 'Stadshuset, Luleå', link: '' })
      await meetings.updateMeeting(secretary, id, created.id, { ...created, chairUserId: chairId, adjusterUserIds: [adjusterId], secretaryName: secretary.actor.user!.name })
      for (const item of spec.items) await meetings.addAgendaItem(secretary, id, created.id, { caseId: item.caseId, title: '' })
      return created
    })
    await runAt(spec.noticeAt, () => meetings.sendNotice(secretary, id, meeting.id))
    await runAt(spec.decidedAt, async () => {
      const agenda = (await meetings.getMeeting(secretary, id, meeting.id)).agenda
      for (const [i, item] of spec.items.entries()) {
        await meetings.decideItem(secretary, id, meeting.id, agenda[i]!.id, { outcome: 'approve', wording: item.wording, reservations: '', decisionKindId: null, deferToMeetingId: null })
      }
    })
    await runAt(spec.closedAt, () => meetings.closeMeeting(secretary, id, meeting.id))
    await runAt(spec.approvedAt[0], () => minutes.approveMinutes(chair, id, meeting.id))
    await runAt(spec.approvedAt[1], () => minutes.approveMinutes(adjuster, id, meeting.id))
    await runAt(`${spec.postedOn}T08:30:00+02:00`, () => minutes.publishMinutes(secretary, id, meeting.id, spec.postedOn))
  }

  // September: the interim report and a confidential incident.
  const report = await ready(await register('Delårsrapport per augusti 2026', '1.1', '2026-08-31'), 'Nämnden godkänner delårsrapporten och lägger den till handlingarna.')
  const incident = await register('Säkerhetsincident i e-tjänsteplattformen', '4.1', '2026-09-02', {
    description: 'Redovisning av incidenten och åtgärderna.',
    confidential: true,
    confidentialityGround: 'OSL 18 kap. 8 §',
  })
  await runAt('2026-09-02T11:00:00+02:00', () =>
    cases.registerDocument(secretary, id, incident.id, { registeredOn: '2026-09-02', direction: 'incoming', counterpart: 'Leverantören av e-tjänsteplattformen', description: 'Incidentrapport', attachmentId: null, confidential: true, confidentialityGround: 'OSL 18 kap. 8 §' }),
  )
  await ready(incident, 'Nämnden godkänner de redovisade åtgärderna.')
  await holdMeeting({
    plannedAt: '2026-08-31T14:00:00+02:00',
    startsAt: '2026-09-16T07:00:00Z',
    endsAt: '2026-09-16T09:30:00Z',
    noticeAt: '2026-09-03T09:00:00+02:00',
    decidedAt: '2026-09-16T09:40:00+02:00',
    closedAt: '2026-09-16T11:35:00+02:00',
    approvedAt: ['2026-09-21T14:02:00+02:00', '2026-09-21T16:40:00+02:00'],
    postedOn: '2026-09-22',
    items: [
      { caseId: report.id, wording: 'Nämnden godkänner delårsrapporten och lägger den till handlingarna.' },
      { caseId: incident.id, wording: 'Nämnden godkänner de redovisade åtgärderna.' },
    ],
  })

  // October: the nämnd takes on the management of the e-archive; the members decide the same in their assemblies.
  const earkiv = await initiativeId('E-arkiv')
  const management = await ready(
    await register('Ta emot förvaltningsuppdrag: E-arkiv', '4.1', '2026-10-01', { initiativeId: earkiv, description: 'Införandet är klart; förvaltningsplanen är framtagen tillsammans med de deltagande kommunerna.' }),
    'Nämnden tar emot uppdraget att förvalta E-arkiv från 2027-01-01 enligt förvaltningsplanen, under förutsättning att de deltagande kommunerna fattar likalydande beslut.',
  )
  await holdMeeting({
    plannedAt: '2026-10-02T10:00:00+02:00',
    startsAt: '2026-10-21T08:00:00Z',
    endsAt: '2026-10-21T10:00:00Z',
    noticeAt: '2026-10-13T09:00:00+02:00',
    decidedAt: '2026-10-21T10:30:00+02:00',
    closedAt: '2026-10-21T12:10:00+02:00',
    approvedAt: ['2026-10-26T10:15:00+01:00', '2026-10-26T13:20:00+01:00'],
    postedOn: '2026-10-27',
    items: [{ caseId: management.id, wording: 'Nämnden tar emot uppdraget att förvalta E-arkiv från 2027-01-01 enligt förvaltningsplanen, under förutsättning att de deltagande kommunerna fattar likalydande beslut.' }],
  })

  // The chattbot idea has its needs inventory; only the nämnd's decision to start the pre-study is missing.
  const chattbot = await initiativeId('Chattbot för medborgarservice')
  await initiatives.saveDocumentVersion(ctx, id, chattbot, 'needs_inventory', { values: { need: 'Kontaktcentren får samma frågor om och om igen.', expected_benefit: 'Svar dygnet runt och mer tid för svåra ärenden.' }, final: true, attachmentIds: [], note: '' }, '2026-10-20')
  const toStart = await register('Starta förstudie: Chattbot för medborgarservice', '2.2.0.2', '2026-10-21', { initiativeId: chattbot, description: 'Kalix, Haparanda och Överkalix föreslår en gemensam förstudie.' })
  await runAt('2026-10-21T14:00:00+02:00', () =>
    cases.registerDocument(secretary, id, toStart.id, { registeredOn: '2026-10-21', direction: 'incoming', counterpart: 'Kalix kommun', description: 'Behovsinventering och förslag till förstudiedirektiv', attachmentId: null, confidential: false, confidentialityGround: '' }),
  )
  const chattbotCase = await ready(toStart, 'Nämnden beslutar att starta en förstudie om en gemensam chattbot för medborgarservice med Kalix, Haparanda och Överkalix. Förstudien redovisas senast i juni 2027.')
  const plan = await ready(await register('Verksamhetsplan och budget 2027', '1.1', '2026-10-28'), 'Nämnden fastställer verksamhetsplan och budget för 2027 enligt förslaget.')
  await register('Yttrande över förslag om nationell e-arkivtjänst', '3.1', '2026-11-10')

  // December: planned, chair and adjuster named, the notice sent a week ahead with two cases ready.
  const december = await runAt('2026-11-18T10:00:00+01:00', async () => {
    const created = await meetings.createMeeting(secretary, id, { bodyId: board.id, startsAt: '2026-12-09T08:00:00Z', endsAt: '2026-12-09T11:00:00Z', place: 'Stadshuset, Luleå', link: '' })
    await meetings.updateMeeting(secretary, id, created.id, { ...created, chairUserId: chairId, adjusterUserIds: [adjusterId], secretaryName: secretary.actor.user!.name })
    for (const found of [chattbotCase, plan]) await meetings.addAgendaItem(secretary, id, created.id, { caseId: found.id, title: '' })
    return created
  })
  await runAt('2026-12-02T09:00:00+01:00', () => meetings.sendNotice(secretary, id, december.id))
  await runAt('2026-11-18T10:05:00+01:00', () => meetings.createMeeting(secretary, id, { bodyId: board.id, startsAt: '2027-02-17T08:00:00Z', endsAt: null, place: 'Stadshuset, Luleå', link: '' }))

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
