import type { Queryable } from '../../server/db/database'
import type { BasisContent } from './decision-basis'

export interface VersionRow {
  id: string
  initiativeId: string
  phaseKey: string
  phaseEntry: number
  number: number
  contentHash: string
  registerNumber: string | null
  dispatchedBy: string
  dispatchedAt: string
}

const versionColumns = `v.id, v.initiative_id as "initiativeId", v.phase_key as "phaseKey", v.phase_entry as "phaseEntry", v.number, v.content_hash as "contentHash",
  case when e.id is null then null else c.number || '-' || e.seq end as "registerNumber", v.dispatched_by_name as "dispatchedBy", v.dispatched_at as "dispatchedAt"`
const versionFrom = `decision_basis_version v left join register_entry e on e.id = v.register_entry_id left join "case" c on c.id = e.case_id`

const asIso = <T extends { dispatchedAt: string | Date }>(row: T) => ({ ...row, dispatchedAt: new Date(row.dispatchedAt).toISOString() })

/** Every dispatched version of the initiative's decision basis, newest first. */
export async function listVersions(db: Queryable, collaborationId: string, initiativeId: string): Promise<VersionRow[]> {
  const rows = await db.query<VersionRow>(`select ${versionColumns} from ${versionFrom} where v.collaboration_id = $1 and v.initiative_id = $2 order by v.number desc`, [collaborationId, initiativeId])
  return rows.map(asIso)
}

export async function findVersion(db: Queryable, collaborationId: string, initiativeId: string, versionId: string): Promise<(VersionRow & { content: BasisContent }) | undefined> {
  const [row] = await db.query<VersionRow & { content: BasisContent }>(`select ${versionColumns}, v.content from ${versionFrom} where v.collaboration_id = $1 and v.initiative_id = $2 and v.id = $3`, [collaborationId, initiativeId, versionId])
  return row && asIso(row)
}

/** Takes the next number under a lock on the initiative, so two dispatches at once never share one. */
export async function insertVersion(tx: Queryable, row: { collaborationId: string; initiativeId: string; phaseKey: string; phaseEntry: number; content: BasisContent; contentHash: string; dispatchedBy: string }) {
  await tx.query('select id from initiative where id = $1 for update', [row.initiativeId])
  const [inserted] = await tx.query<{ id: string; number: number }>(
    `insert into decision_basis_version (collaboration_id, initiative_id, phase_key, phase_entry, number, content, content_hash, dispatched_by_name)
     select $1, $2, $3, $4, coalesce(max(number), 0) + 1, $5, $6, $7 from decision_basis_version where initiative_id = $2
     returning id, number`,
    [row.collaborationId, row.initiativeId, row.phaseKey, row.phaseEntry, JSON.stringify(row.content), row.contentHash, row.dispatchedBy],
  )
  return inserted!
}

export async function setRegisterEntry(tx: Queryable, versionId: string, registerEntryId: string) {
  await tx.query('update decision_basis_version set register_entry_id = $2 where id = $1', [versionId, registerEntryId])
}

/** The cases of the initiative, oldest first: where a dispatched basis is registered (the first open one). */
export const listInitiativeCases = (db: Queryable, collaborationId: string, initiativeId: string) =>
  db.query<{ id: string; number: string; status: string; confidential: boolean }>(
    `select id, number, status, confidential from "case" where collaboration_id = $1 and initiative_id = $2 order by registered_on, year, seq`,
    [collaborationId, initiativeId],
  )

/** The register entries of the initiative's cases, oldest first; confidential when the entry or its case is. */
export const listRegisterEntries = (db: Queryable, collaborationId: string, initiativeId: string) =>
  db.query<{ number: string; date: string; description: string; confidential: boolean; attachmentId: string | null }>(
    `select c.number || '-' || e.seq as number, e.registered_on as date, e.description, (e.confidential or c.confidential) as confidential, e.attachment_id as "attachmentId"
     from register_entry e join "case" c on c.id = e.case_id
     where c.collaboration_id = $1 and c.initiative_id = $2 order by e.registered_on, c.number, e.seq`,
    [collaborationId, initiativeId],
  )

/** Of these files, those registered under secrecy somewhere (a confidential entry or case): they are left out. */
export async function confidentialAttachments(db: Queryable, collaborationId: string, attachmentIds: string[]): Promise<Set<string>> {
  if (attachmentIds.length === 0) return new Set()
  const rows = await db.query<{ id: string }>(
    `select distinct e.attachment_id as id from register_entry e join "case" c on c.id = e.case_id
     where c.collaboration_id = $1 and e.attachment_id = any($2::uuid[]) and (e.confidential or c.confidential)`,
    [collaborationId, attachmentIds],
  )
  return new Set(rows.map((r) => r.id))
}
