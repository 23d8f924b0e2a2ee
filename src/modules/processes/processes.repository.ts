import type { Queryable } from '../../server/db/database'
import type { ProcessDefinition } from './processes.schema'

export interface ProcessModelRow {
  id: string
  lineageId: string
  version: number
  latest: boolean
  isDefault: boolean
  templateKey: string | null
  nameSv: string
  nameEn: string
  description: string
  definition: ProcessDefinition
  createdAt: string
  createdBy: string
  initiatives: number
}

const columns = `m.id, m.lineage_id as "lineageId", m.version,
  m.version = (select max(v.version) from process_model v where v.lineage_id = m.lineage_id) as latest,
  m.is_default as "isDefault", m.template_key as "templateKey", m.name_sv as "nameSv", m.name_en as "nameEn",
  m.description, m.definition, m.created_at::text as "createdAt", m.created_by_name as "createdBy",
  (select count(*) from initiative i where i.process_model_id = m.id)::int as initiatives`

export const listProcessModels = (db: Queryable, collaborationId: string) =>
  db.query<ProcessModelRow>(`select ${columns} from process_model m where m.collaboration_id = $1 order by m.name_sv, m.version desc`, [collaborationId])

export async function findProcessModel(db: Queryable, collaborationId: string, id: string) {
  const [row] = await db.query<ProcessModelRow>(`select ${columns} from process_model m where m.collaboration_id = $1 and m.id = $2`, [collaborationId, id])
  return row
}

/** The latest version of the collaboration's default model. */
export async function findDefaultModel(db: Queryable, collaborationId: string) {
  const [row] = await db.query<ProcessModelRow>(
    `select ${columns} from process_model m where m.collaboration_id = $1 and m.is_default order by m.version desc limit 1`,
    [collaborationId],
  )
  return row
}

export async function insertProcessModel(
  tx: Queryable,
  model: { collaborationId: string; lineageId: string | null; version: number; templateKey: string | null; nameSv: string; nameEn: string; description: string; definition: ProcessDefinition; isDefault: boolean; createdBy: string },
) {
  if (model.isDefault) {
    await tx.query(`update process_model set is_default = false where collaboration_id = $1`, [model.collaborationId])
  }
  const [row] = await tx.query<{ id: string }>(
    `insert into process_model (collaboration_id, lineage_id, version, template_key, name_sv, name_en, description, definition, is_default, created_by_name)
     values ($1, coalesce($2::uuid, gen_random_uuid()), $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [model.collaborationId, model.lineageId, model.version, model.templateKey, model.nameSv, model.nameEn, model.description, JSON.stringify(model.definition), model.isDefault, model.createdBy],
  )
  return row!.id
}

/** The default flag belongs to a lineage: every version of it carries it. */
export async function markLineageDefault(tx: Queryable, collaborationId: string, lineageId: string) {
  await tx.query(`update process_model set is_default = (lineage_id = $2) where collaboration_id = $1`, [collaborationId, lineageId])
}

/** The process models of many collaborations at once, each naming its collaboration (the to-do list's gate rules). */
export const listProcessModelsIn = (db: Queryable, collaborationIds: string[]) =>
  db.query<ProcessModelRow & { collaborationId: string }>(
    `select m.collaboration_id as "collaborationId", ${columns} from process_model m where m.collaboration_id = any($1::uuid[]) order by m.name_sv, m.version desc`,
    [collaborationIds],
  )
