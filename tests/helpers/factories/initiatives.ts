import type { Database } from '../../../src/server/db/database'
import { recordBodyDecision, recordMemberDecision } from '../../../src/modules/decisions'
import { advanceInitiative, createInitiative, getInitiative, saveDocumentVersion } from '../../../src/modules/initiatives'
import { CreateInitiativeBody } from '../../../src/modules/initiatives'
import { today } from '../../../src/server/clock'
import { minutesParagraphs } from '../../../src/modules/meetings'
import { buildBody } from './governance'
import { officeCtx } from './people'

type Detail = Awaited<ReturnType<typeof getInitiative>>
type Field = Detail['process']['phases'][number]['documentTypes'][number]['fields'][number]

/** A value that passes each kind of document field. */
const valueFor = (field: Field, on: string) => (field.kind === 'date' ? on : field.kind === 'amount' ? 50_000_000 : field.kind === 'number' ? 120 : `Testtext för ${field.key}`)

/**
 * An initiative built through the initiatives' use cases, as a coordinator would take it on:
 * registered with its `participants`, then through each gate until it is in `phase` (the documents
 * written final, the body and every participating member approving). `atGate` also writes the final
 * documents of the gate it stands at, so only the decisions are left. A body deciding every kind is
 * built when a gate needs one and `bodyId` names none. Every step is dated `on` (today unless told).
 */
export async function buildInitiative(
  db: Database,
  collaborationId: string,
  overrides: Partial<CreateInitiativeBody> & { proposingMemberId: string; phase?: string; atGate?: boolean; bodyId?: string; on?: string },
) {
  const ctx = await officeCtx(db)
  const { phase, atGate, bodyId: givenBodyId, on = today(), ...fields } = overrides
  // Registered on the day it is taken through its gates, unless told otherwise: no decision may precede the registration.
  const registeredOn = fields.registeredOn ?? (overrides.on ? on : undefined)
  let detail: Detail = await createInitiative(ctx, collaborationId, CreateInitiativeBody.parse({ title: 'Gemensam e-tjänst', need: 'Invånarna vill göra ärenden digitalt.', areas: ['shared_services'], ...fields, registeredOn }))
  const id = detail.id
  let bodyId = givenBodyId
  const documentsFinal = async () => {
    const types = detail.process.phases.flatMap((p) => p.documentTypes)
    for (const doc of detail.gate!.requiredDocuments.filter((d) => !d.final)) {
      const type = types.find((t) => t.key === doc.typeKey)!
      const values = Object.fromEntries(type.fields.filter((f) => f.required).map((f) => [f.key, valueFor(f, on)]))
      await saveDocumentVersion(ctx, collaborationId, id, doc.typeKey, { values, final: true, attachmentIds: [], note: '' }, on)
    }
  }
  while (phase && detail.phaseKey !== phase) {
    if (!detail.gate) throw new Error(`buildInitiative: no gate leads on from ${detail.phaseKey} towards ${phase}`)
    await documentsFinal()
    for (const required of detail.gate.requiredDecisions.filter((r) => r.decisionKindId)) {
      bodyId = required.body?.id ?? bodyId ?? (await buildBody(db, collaborationId)).id
      await recordBodyDecision(ctx, collaborationId, id, { decisionKindId: required.decisionKindId!, bodyId, decidedOn: on, outcome: 'approve', conditions: '', reference: '§ 1', attachmentId: null, meetingItemId: null }, minutesParagraphs)
    }
    const memberKind = detail.gate.requiredDecisions[0]?.decisionKindId
    if (detail.gate.requiresMemberDecisions && memberKind) {
      for (const member of detail.gate.memberDecisions) {
        await recordMemberDecision(ctx, collaborationId, id, member.memberId, { decisionKindId: memberKind, decidedOn: on, outcome: 'approve', conditions: '', reference: 'KS 2026/1', attachmentId: null })
      }
    }
    detail = await advanceInitiative(ctx, collaborationId, id, { version: (await getInitiative(ctx, collaborationId, id)).version, on })
  }
  if (atGate) {
    await documentsFinal()
    detail = await getInitiative(ctx, collaborationId, id)
  }
  return detail
}
