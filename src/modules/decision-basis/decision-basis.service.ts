import { today } from '../../server/clock'
import { withinTransaction, type Queryable } from '../../server/db/database'
import { actingMembers } from '../../server/http/access'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound } from '../../server/http/errors'
import { formatDateTime } from '../../shared/format'
import { recordChange } from '../audit'
import { registerCase, registerDocument } from '../cases'
import { collaborationHeader } from '../collaborations'
import { initiativeCostLines } from '../finance'
import { findInitiative, getInitiative } from '../initiatives'
import { linkDecisionBasis } from '../meetings'
import { assembleBasis, basisDocument, contentHash, kronor, type BasisContent, type BasisInput } from './decision-basis'
import { renderBasisDocx } from './decision-basis-docx'
import { renderBasisPdf, type Stamp } from './decision-basis-pdf'
import { decisionBasisPolicy } from './decision-basis.policy'
import * as repo from './decision-basis.repository'
import { benefitsOf, risksOf } from './decision-basis.sources'

type Format = 'pdf' | 'docx'

/** What the basis is assembled from, read in the caller's transaction (or not); the texts are Swedish whoever reads. */
async function loadInput(ctx: Ctx, db: Queryable, collaborationId: string, initiativeId: string): Promise<{ input: BasisInput; phaseEntry: number }> {
  const row = await findInitiative(db, collaborationId, initiativeId)
  if (!row) throw notFound('initiative')
  const detail = await getInitiative({ ...ctx, locale: 'sv' }, collaborationId, initiativeId, db)
  const header = (await collaborationHeader(db, collaborationId))!
  const entries = await repo.listRegisterEntries(db, collaborationId, initiativeId)
  const attachmentIds = detail.documents.flatMap((d) => d.versions.flatMap((v) => v.attachments.map((a) => a.id)))
  const secret = await repo.confidentialAttachments(db, collaborationId, attachmentIds)
  const costLines = await initiativeCostLines(db, collaborationId, initiativeId)
  const benefits = await benefitsOf(db, collaborationId, initiativeId)
  const risks = await risksOf(db, collaborationId, initiativeId)

  const phases = detail.process.phases
  const phaseIndex = phases.findIndex((p) => p.key === detail.phaseKey)
  const next = phases[phaseIndex + 1]
  const fieldsOf = new Map(phases.flatMap((p) => p.documentTypes.map((t) => [t.key, t.fields] as const)))
  const phaseName = (key: string) => phases.find((p) => p.key === key)?.nameSv ?? key
  const gate = detail.gate
  const documents: BasisInput['documents'] = detail.documents.flatMap((doc) => {
    const latest = [...doc.versions].sort((a, b) => b.number - a.number).find((v) => v.final)
    if (!latest) return []
    const attachments = latest.attachments.map((a) => ({ fileName: a.fileName, confidential: secret.has(a.id) }))
    const fields = (fieldsOf.get(doc.typeKey) ?? []).flatMap((field) => {
      const value = latest.values[field.key]
      if (value === null || value === undefined || value === '') return []
      return [{ label: field.labelSv, value: typeof value === 'number' && field.kind === 'amount' ? kronor(value) : String(value) }]
    })
    // A document whose files are registered under secrecy describes them: it is left out as a whole.
    return [{ name: doc.name, phaseName: phaseName(doc.phaseKey), number: latest.number, final: true, date: formatDateTime(latest.createdAt).slice(0, 10), fields, attachments, confidential: attachments.some((a) => a.confidential) }]
  })
  const input: BasisInput = {
    collaborationName: header.name,
    today: today(),
    initiative: {
      id: detail.id,
      title: detail.title,
      need: detail.need,
      description: detail.description,
      areas: detail.areas,
      projectManager: detail.projectManager,
      registeredOn: detail.registeredOn,
      proposingMemberName: detail.proposingMember?.name ?? null,
      processName: detail.processName,
      phaseName: detail.phaseName,
    },
    gate: gate && {
      name: gate.name,
      phaseKey: gate.phaseKey,
      phaseEntry: row.phaseEntry,
      nextPhaseName: gate.completes || !next ? null : next.nameSv,
      dueOn: gate.dueOn,
      decisions: gate.decisionPaths.map((path) => ({ name: path.name, decidedBy: path.decidedBy.map((b) => b.name), preparedBy: path.preparedBy.map((b) => b.name) })),
      membersMustDecide: gate.requiresMemberDecisions,
      unmet: gate.unmet,
    },
    participants: detail.participants,
    documents,
    registered: entries.map((e) => ({ number: e.number, date: e.date, description: e.description, confidential: e.confidential || (e.attachmentId !== null && secret.has(e.attachmentId)) })),
    activities: detail.timeline.map((event) => ({ date: event.occurredOn, text: event.text })),
    costLines,
    benefits,
    risks,
  }
  return { input, phaseEntry: row.phaseEntry }
}

/** A member representative gets the common basis and its own member's variant; anyone else any participant's. */
function checkVariant(ctx: Ctx, collaborationId: string, content: BasisContent, memberId: string | undefined) {
  if (!memberId) return null
  const own = actingMembers(ctx.actor, collaborationId, decisionBasisPolicy.read.roles)
  if (own && own.length > 0 && !own.includes(memberId)) {
    const name = content.participants.find((p) => p.memberId === memberId)?.name ?? ''
    throw new AppError(403, 'forbidden_other_member', { member: name || memberId })
  }
  if (!content.participants.some((p) => p.memberId === memberId)) throw fieldError(ctx.locale, 'querystring.memberId', 'basis_member_not_participating')
  return memberId
}

const variantsFor = (ctx: Ctx, collaborationId: string, content: BasisContent) => {
  const own = actingMembers(ctx.actor, collaborationId, decisionBasisPolicy.read.roles)
  return content.participants.filter((p) => !own || own.length === 0 || own.includes(p.memberId))
}

const versionView = (v: repo.VersionRow) => ({ id: v.id, number: v.number, phaseKey: v.phaseKey, contentHash: v.contentHash, registerNumber: v.registerNumber, dispatchedBy: v.dispatchedBy, dispatchedAt: v.dispatchedAt })

/** The draft as the preview shows it: its sections, the per-member table, what the gate lacks and the hash it has now. */
export async function getDecisionBasis(ctx: Ctx, collaborationId: string, initiativeId: string, memberId?: string) {
  const { input } = await loadInput(ctx, ctx.db, collaborationId, initiativeId)
  const content = assembleBasis(input)
  const variant = checkVariant(ctx, collaborationId, content, memberId)
  const document = basisDocument(content, variant)
  const versions = await repo.listVersions(ctx.db, collaborationId, initiativeId)
  return {
    initiativeId,
    title: document.title,
    subtitle: document.subtitle,
    date: document.date,
    memberId: variant,
    memberName: document.memberName,
    atGate: content.gate !== null,
    gateName: content.gate?.name ?? null,
    sections: document.sections,
    unmet: content.gate?.unmet ?? [],
    costs: { years: content.costs.years, totalOre: content.costs.totalOre, unallocatedOre: content.costs.unallocatedOre, perMember: content.costs.perMember },
    variants: variantsFor(ctx, collaborationId, content),
    draftHash: contentHash(content),
    versions: versions.map(versionView),
  }
}

const fileNameOf = (content: BasisContent, memberName: string | null, format: Format, number: number | null) =>
  `Beslutsunderlag ${content.initiative.title}${number ? ` v${number}` : ''}${memberName ? ` ${memberName}` : ''} ${content.date}.${format}`.replace(/[\\/:*?"<>|]/g, '-')

async function render(content: BasisContent, memberId: string | null, format: Format, stamp: Stamp) {
  const document = basisDocument(content, memberId)
  const bytes = format === 'pdf' ? await renderBasisPdf(document, stamp) : await renderBasisDocx(document, stamp)
  return { bytes, document }
}

/** The draft as a file, with the hash it has now; marked as a draft. */
export async function draftFile(ctx: Ctx, collaborationId: string, initiativeId: string, format: Format, memberId?: string) {
  const { input } = await loadInput(ctx, ctx.db, collaborationId, initiativeId)
  const content = assembleBasis(input)
  const variant = checkVariant(ctx, collaborationId, content, memberId)
  const { bytes, document } = await render(content, variant, format, { hash: contentHash(content), dispatched: null })
  return { bytes, fileName: fileNameOf(content, document.memberName, format, null) }
}

const dispatchedLine = (v: Pick<repo.VersionRow, 'number' | 'dispatchedAt' | 'dispatchedBy' | 'registerNumber'>) =>
  `Utskickat ${formatDateTime(v.dispatchedAt)} av ${v.dispatchedBy}, version ${v.number}${v.registerNumber ? `, diarienummer ${v.registerNumber}` : ''}`

/** A dispatched version as a file, rendered from its frozen content: the same bytes every time. */
export async function versionFile(ctx: Ctx, collaborationId: string, initiativeId: string, versionId: string, format: Format, memberId?: string) {
  const version = await repo.findVersion(ctx.db, collaborationId, initiativeId, versionId)
  if (!version) throw notFound('decision_basis_version')
  const variant = checkVariant(ctx, collaborationId, version.content, memberId)
  const { bytes, document } = await render(version.content, variant, format, { hash: version.contentHash, dispatched: dispatchedLine(version) })
  return { bytes, fileName: fileNameOf(version.content, document.memberName, format, version.number) }
}

export async function listDecisionBasisVersions(ctx: Ctx, collaborationId: string, initiativeId: string) {
  if (!(await findInitiative(ctx.db, collaborationId, initiativeId))) throw notFound('initiative')
  return (await repo.listVersions(ctx.db, collaborationId, initiativeId)).map(versionView)
}

/**
 * Freezes the basis as it stands: stores the assembled content with its hash, registers it in the initiative's case
 * (registering a case for the initiative if it has none) and points the undecided agenda items of that case at it.
 */
export async function dispatchDecisionBasis(ctx: Ctx, collaborationId: string, initiativeId: string) {
  return ctx.db.transaction(async (tx) => {
    const { input } = await loadInput(ctx, tx, collaborationId, initiativeId)
    const content = assembleBasis(input)
    if (!content.gate) throw new AppError(409, 'basis_no_gate')
    const hash = contentHash(content)
    const inserted = await repo.insertVersion(tx, { collaborationId, initiativeId, phaseKey: content.gate.phaseKey, phaseEntry: content.gate.phaseEntry, content, contentHash: hash, dispatchedBy: actorName(ctx) })
    const inTx: Ctx = { ...ctx, db: withinTransaction(ctx.db, tx) }
    const cases = await repo.listInitiativeCases(tx, collaborationId, initiativeId)
    const open = cases.find((c) => c.status !== 'closed' && c.status !== 'decided') ?? cases.find((c) => c.status !== 'closed')
    const caseId = open?.id ?? (await registerCase(inTx, collaborationId, { title: `${content.initiative.title}: ${content.gate.name}`, description: '', classificationCode: null, preparingBodyId: null, decidingBodyId: null, initiativeId, confidential: false, confidentialityGround: '' })).id
    const registered = await registerDocument(inTx, collaborationId, caseId, {
      direction: 'outgoing',
      counterpart: content.participants.map((p) => p.name).join(', ').slice(0, 300),
      description: `Beslutsunderlag version ${inserted.number}, ${content.gate.name}: ${content.initiative.title}. SHA-256 ${hash}`.slice(0, 1000),
      attachmentId: null,
      confidential: false,
      confidentialityGround: '',
    })
    const entry = registered.entries.reduce((latest, e) => (Number(e.number.split('-').at(-1)) > Number(latest.number.split('-').at(-1)) ? e : latest))
    await repo.setRegisterEntry(tx, inserted.id, entry.id)
    const items = await linkDecisionBasis(tx, collaborationId, initiativeId, { versionId: inserted.id, hash })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'decision_basis.dispatched', entityType: 'decision_basis_version', entityId: inserted.id, after: { initiativeId, number: inserted.number, phaseKey: content.gate.phaseKey, contentHash: hash, registerNumber: entry.number, agendaItemIds: items.map((i) => i.id) } })
    const version = (await repo.findVersion(tx, collaborationId, initiativeId, inserted.id))!
    return { ...versionView(version), agendaItemIds: items.map((i) => i.id) }
  })
}
