import { today } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { fieldError, notFound, staleVersion } from '../../server/http/errors'
import { sqlWindow, type PageQuery } from '../../server/http/paging'
import { recordChange } from '../audit'
import { findBody } from '../governance'
import { listAttachments } from '../attachments'
import { findInitiative } from '../initiatives'
import { checkCaseNumberFormat, formatCaseNumber, seesConfidential } from '../registry'
import * as repo from './cases.repository'
import type { CreateCaseBody, CreateRegisterEntryBody, UpdateCaseBody } from './cases.schema'

function entryView(entry: repo.EntryRow, sees: boolean) {
  const withheld = entry.confidential && !sees
  return {
    id: entry.id,
    caseId: entry.caseId,
    caseNumber: entry.caseNumber,
    number: `${entry.caseNumber}-${entry.seq}`,
    registeredOn: entry.registeredOn,
    direction: entry.direction,
    counterpart: withheld ? '' : entry.counterpart,
    description: withheld ? '' : entry.description,
    attachment: !withheld && entry.attachmentId ? { id: entry.attachmentId, fileName: entry.fileName!, sizeBytes: entry.sizeBytes! } : null,
    confidential: entry.confidential,
    confidentialityGround: entry.confidentialityGround,
    withheld,
  }
}

/** A case as the list shows it, with what this reader may see of it. */
function summaryOf({ collaborationId: _c, seq: _s, ...row }: repo.CaseSummaryRow, sees: boolean) {
  const withheld = row.confidential && !sees
  return { ...row, title: withheld ? '' : row.title, withheld }
}

/** A page of cases, newest first: what the list shows, without each case's texts, entries and decisions. */
export async function listCases(ctx: Ctx, collaborationId: string, query: PageQuery & repo.CaseFilter) {
  const sees = seesConfidential(ctx, collaborationId)
  const { page, limit, ...filter } = query
  const { rows, total } = await repo.casePage(ctx.db, collaborationId, filter, sqlWindow(query))
  return { items: rows.map((row) => summaryOf(row, sees)), total, page, limit }
}

export async function getCase(ctx: Ctx, collaborationId: string, caseId: string) {
  const row = await repo.findCase(ctx.db, collaborationId, caseId)
  if (!row) throw notFound('case')
  const sees = seesConfidential(ctx, collaborationId)
  const [entries, decisions] = await Promise.all([repo.listEntries(ctx.db, collaborationId, { caseIds: [caseId] }), repo.listCaseDecisions(ctx.db, [caseId])])
  const summary = summaryOf(row, sees)
  return {
    ...summary,
    description: summary.withheld ? '' : row.description,
    proposedDecision: summary.withheld ? '' : row.proposedDecision,
    entries: entries.map((e) => entryView(e, sees)),
    decisions: decisions.map(({ caseId: _id, ...d }) => d),
  }
}

async function checkLinks(ctx: Ctx, tx: Queryable, collaborationId: string, input: { preparingBodyId: string | null; decidingBodyId: string | null; initiativeId: string | null; confidential: boolean; confidentialityGround: string }) {
  for (const key of ['preparingBodyId', 'decidingBodyId'] as const) {
    const id = input[key]
    if (id && !(await findBody(tx, collaborationId, id))) throw fieldError(ctx.locale, `body.${key}`, 'body_not_in_collaboration')
  }
  if (input.initiativeId && !(await findInitiative(tx, collaborationId, input.initiativeId))) throw fieldError(ctx.locale, 'body.initiativeId', 'initiative_not_in_collaboration')
  if (input.confidential && !input.confidentialityGround) throw fieldError(ctx.locale, 'body.confidentialityGround', 'confidentiality_ground_required')
}

/** Registers a case under the next number of its year, in the collaboration's format. */
export async function registerCase(ctx: Ctx, collaborationId: string, input: CreateCaseBody) {
  const registeredOn = input.registeredOn ?? today()
  const year = Number(registeredOn.slice(0, 4))
  const id = await ctx.db.transaction(async (tx) => {
    await checkLinks(ctx, tx, collaborationId, input)
    const settings = (await repo.findSettings(tx, collaborationId))!
    if (input.classificationCode && !settings.classification.some((c) => c.code === input.classificationCode)) throw fieldError(ctx.locale, 'body.classificationCode', 'unknown_classification_code', { code: input.classificationCode })
    const seq = await repo.takeCaseNumber(tx, collaborationId, year)
    const number = formatCaseNumber(settings.caseNumberFormat, { prefix: settings.prefix, year, seq, code: input.classificationCode })
    const id = await repo.insertCase(tx, { ...input, collaborationId, year, seq, number, registeredOn })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'case.registered', entityType: 'case', entityId: id, after: { number, title: input.title } })
    return id
  })
  return getCase(ctx, collaborationId, id)
}

/** Where a case may go from each status; `decided` also comes from a meeting's §, and a closed case can be reopened. */
const NEXT_STATUS: Record<repo.CaseRow['status'], repo.CaseRow['status'][]> = {
  registered: ['in_preparation', 'ready_for_decision', 'closed'],
  in_preparation: ['registered', 'ready_for_decision', 'closed'],
  ready_for_decision: ['in_preparation', 'decided', 'closed'],
  decided: ['closed'],
  closed: ['in_preparation'],
}
const STATUS_NAMES = {
  sv: { registered: 'registrerat', in_preparation: 'under beredning', ready_for_decision: 'redo för beslut', decided: 'beslutat', closed: 'avslutat' },
  en: { registered: 'registered', in_preparation: 'in preparation', ready_for_decision: 'ready for decision', decided: 'decided', closed: 'closed' },
}

export async function updateCase(ctx: Ctx, collaborationId: string, caseId: string, input: UpdateCaseBody) {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCase(tx, collaborationId, caseId)
    if (!before) throw notFound('case')
    if (input.status !== before.status && !NEXT_STATUS[before.status].includes(input.status)) {
      const names = STATUS_NAMES[ctx.locale]
      throw fieldError(ctx.locale, 'body.status', 'case_status_not_allowed', { from: names[before.status], to: names[input.status] })
    }
    await checkLinks(ctx, tx, collaborationId, input)
    if (!(await repo.updateCase(tx, caseId, { ...input, proposedDecision: input.proposedDecision ?? before.proposedDecision }))) throw staleVersion()
    const { version: _version, ...after } = input
    await recordChange(tx, ctx.actor, { collaborationId, action: 'case.updated', entityType: 'case', entityId: caseId, before, after })
  })
  return getCase(ctx, collaborationId, caseId)
}

/** A document registered in the case: its entry in the register (date, number, sender or recipient, description). */
export async function registerDocument(ctx: Ctx, collaborationId: string, caseId: string, input: CreateRegisterEntryBody) {
  await ctx.db.transaction(async (tx) => {
    const found = await repo.findCase(tx, collaborationId, caseId)
    if (!found) throw notFound('case')
    if (input.confidential && !input.confidentialityGround) throw fieldError(ctx.locale, 'body.confidentialityGround', 'confidentiality_ground_required')
    if (input.attachmentId && (await listAttachments(tx, collaborationId, [input.attachmentId])).length === 0) throw fieldError(ctx.locale, 'body.attachmentId', 'attachment_not_found')
    const entry = await repo.insertEntry(tx, { caseId, ...input, registeredOn: input.registeredOn ?? today(), registeredBy: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'case.document_registered', entityType: 'register_entry', entityId: entry.id, after: { case: found.number, seq: entry.seq, description: input.description } })
  })
  return getCase(ctx, collaborationId, caseId)
}

/** A page of the register, newest first. */
export async function listRegister(ctx: Ctx, collaborationId: string, query: PageQuery & { year?: number; q?: string }) {
  const sees = seesConfidential(ctx, collaborationId)
  const { rows, total } = await repo.entryPage(ctx.db, collaborationId, { year: query.year, q: query.q }, sqlWindow(query))
  return { items: rows.map((entry) => entryView(entry, sees)), total, page: query.page, limit: query.limit }
}

export async function getCaseSettings(ctx: Ctx, collaborationId: string) {
  const settings = await repo.findSettings(ctx.db, collaborationId)
  if (!settings) throw notFound('collaboration')
  const year = Number(today().slice(0, 4))
  const next = await repo.peekCaseNumber(ctx.db, collaborationId, year)
  return {
    caseNumberFormat: settings.caseNumberFormat,
    classification: settings.classification,
    example: formatCaseNumber(settings.caseNumberFormat, { prefix: settings.prefix, year, seq: next, code: settings.classification[0]?.code ?? null }),
  }
}

export async function updateCaseSettings(ctx: Ctx, collaborationId: string, input: { caseNumberFormat: string; classification: { code: string; title: string }[] }) {
  const verdict = checkCaseNumberFormat(input.caseNumberFormat)
  // The texts name the format's own placeholders ({year}, {seq} …): they are filled with themselves.
  const tokens = { prefix: '{prefix}', year: '{year}', seq: '{seq}', code: '{code}' }
  if (verdict !== 'ok') throw fieldError(ctx.locale, 'body.caseNumberFormat', `case_number_${verdict}`, tokens)
  const duplicate = input.classification.findIndex((c, i) => input.classification.findIndex((d) => d.code === c.code) !== i)
  if (duplicate >= 0) throw fieldError(ctx.locale, `body.classification.${duplicate}.code`, 'duplicate_classification_code')
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findSettings(tx, collaborationId)
    if (!before) throw notFound('collaboration')
    await repo.updateSettings(tx, collaborationId, input)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'case.settings_updated', entityType: 'collaboration', entityId: collaborationId, before, after: input })
  })
  return getCaseSettings(ctx, collaborationId)
}
