import type { Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, notFound, staleVersion, translate } from '../../server/http/errors'
import { recordChange } from '../audit'
import { listDecisionKinds } from '../governance'
import { checkDefinition } from './process-rules'
import { DEFAULT_MODEL_NAME, DEFAULT_TEMPLATE_KEY, PROCESS_TEMPLATES } from './process-templates'
import * as repo from './processes.repository'
import type { ReviseProcessBody } from './processes.schema'

export async function listProcesses(ctx: Ctx, collaborationId: string) {
  return { models: await repo.listProcessModels(ctx.db, collaborationId), templates: [...PROCESS_TEMPLATES] }
}

export async function getProcessModel(ctx: Ctx, collaborationId: string, processModelId: string) {
  const model = await repo.findProcessModel(ctx.db, collaborationId, processModelId)
  if (!model) throw notFound('process_model')
  return model
}

/** A shipped template becomes the collaboration's own model, version 1, under the template's name unless given another. */
export async function adoptTemplate(
  tx: Queryable,
  ctx: Pick<Ctx, 'actor'>,
  collaborationId: string,
  templateKey: string,
  isDefault: boolean,
  name: { nameSv: string; nameEn: string } | null = null,
) {
  const template = PROCESS_TEMPLATES.find((t) => t.key === templateKey)
  if (!template) throw new AppError(404, 'unknown_template', { key: templateKey })
  const { nameSv, nameEn } = name ?? template
  const id = await repo.insertProcessModel(tx, {
    collaborationId,
    lineageId: null,
    version: 1,
    templateKey,
    nameSv,
    nameEn,
    description: template.description,
    definition: template.definition,
    isDefault,
    createdBy: actorName(ctx),
  })
  await recordChange(tx, ctx.actor, { collaborationId, action: 'process_model.adopted', entityType: 'process_model', entityId: id, after: { templateKey, name: nameSv } })
  return id
}

/** The default model, adopting the default template for a collaboration that has none yet. */
export async function defaultModelId(tx: Queryable, ctx: Pick<Ctx, 'actor'>, collaborationId: string) {
  const model = await repo.findDefaultModel(tx, collaborationId)
  return model ? model.id : adoptDefaultModel(tx, ctx, collaborationId)
}

/** A new collaboration's default model, under the neutral default name (or the template's, as Norrbotten's own demo keeps). */
export const adoptDefaultModel = (tx: Queryable, ctx: Pick<Ctx, 'actor'>, collaborationId: string, namedAfterTemplate = false) =>
  adoptTemplate(tx, ctx, collaborationId, DEFAULT_TEMPLATE_KEY, true, namedAfterTemplate ? null : DEFAULT_MODEL_NAME)

async function checkAgainstCatalogue(ctx: Ctx, tx: Queryable, collaborationId: string, definition: ReviseProcessBody['definition']) {
  const kinds = (await listDecisionKinds(tx, collaborationId)).map((kind) => kind.key)
  const problems = checkDefinition(definition, kinds)
  if (problems.length) {
    throw new AppError(400, 'invalid_request', {}, problems.map((problem) => ({ path: problem.path, message: translate(ctx.locale, problem.code, problem.params) })))
  }
}

export async function copyProcessModel(ctx: Ctx, collaborationId: string, input: { fromTemplateKey?: string; fromModelId?: string; nameSv: string; nameEn: string; isDefault: boolean }) {
  const id = await ctx.db.transaction(async (tx) => {
    const source = input.fromTemplateKey
      ? PROCESS_TEMPLATES.find((t) => t.key === input.fromTemplateKey)
      : await repo.findProcessModel(tx, collaborationId, input.fromModelId!)
    if (!source) throw input.fromTemplateKey ? new AppError(404, 'unknown_template', { key: input.fromTemplateKey }) : notFound('process_model')
    await checkAgainstCatalogue(ctx, tx, collaborationId, source.definition)
    const id = await repo.insertProcessModel(tx, {
      collaborationId,
      lineageId: null,
      version: 1,
      templateKey: input.fromTemplateKey ?? ('templateKey' in source ? source.templateKey : null),
      nameSv: input.nameSv,
      nameEn: input.nameEn,
      description: source.description,
      definition: source.definition,
      isDefault: input.isDefault,
      createdBy: actorName(ctx),
    })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'process_model.copied', entityType: 'process_model', entityId: id, after: { from: input.fromTemplateKey ?? input.fromModelId, name: input.nameSv } })
    return id
  })
  return getProcessModel(ctx, collaborationId, id)
}

/** An edit never changes a version that initiatives run under: it becomes the next version of the lineage. */
export async function reviseProcessModel(ctx: Ctx, collaborationId: string, processModelId: string, input: ReviseProcessBody) {
  const id = await ctx.db.transaction(async (tx) => {
    const current = await repo.findProcessModel(tx, collaborationId, processModelId)
    if (!current) throw notFound('process_model')
    if (!current.latest || current.version !== input.version) throw staleVersion()
    await checkAgainstCatalogue(ctx, tx, collaborationId, input.definition)
    const id = await repo.insertProcessModel(tx, {
      collaborationId,
      lineageId: current.lineageId,
      version: current.version + 1,
      templateKey: current.templateKey,
      nameSv: input.nameSv,
      nameEn: input.nameEn,
      description: input.description,
      definition: input.definition,
      isDefault: false,
      createdBy: actorName(ctx),
    })
    if (input.isDefault || current.isDefault) await repo.markLineageDefault(tx, collaborationId, current.lineageId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'process_model.revised', entityType: 'process_model', entityId: id, before: { version: current.version }, after: { version: current.version + 1, name: input.nameSv } })
    return id
  })
  return getProcessModel(ctx, collaborationId, id)
}
