import type { Queryable } from '../../server/db/database'
import type { LegalForm, Role } from '../../shared/roles'
import { recordsArePublic } from '../governance'
import { listMembers } from '../members'
import { populationTotals } from '../members'
import type { Collaboration, UpdateCollaborationBody } from './collaborations.schema'

const columns = `c.id, c.name, c.prefix, c.legal_form as "legalForm", c.description, c.host_member_id as "hostMemberId",
  h.name as "hostMemberName", c.records_public as "recordsPublicSetting", c.is_demo as "isDemo", c.created_at as "createdAt", c.version`

type Row = Omit<Collaboration, 'createdAt' | 'recordsPublic' | 'inhabitantsCovered' | 'memberCount'> & { createdAt: Date }

/** Completes a row with what is derived: publicity by legal form, its current members' count and the inhabitants they cover. */
async function toCollaboration(db: Queryable, row: Row): Promise<Collaboration> {
  const members = await listMembers(db, row.id, { includeLeft: false })
  return {
    ...row,
    recordsPublic: recordsArePublic(row.legalForm, row.recordsPublicSetting),
    memberCount: members.length,
    inhabitantsCovered: populationTotals(members).inhabitantsCovered,
    createdAt: row.createdAt.toISOString(),
  }
}

export async function findCollaboration(db: Queryable, id: string): Promise<Collaboration | undefined> {
  const [row] = await db.query<Row>(`select ${columns} from collaboration c left join member h on h.id = c.host_member_id where c.id = $1`, [id])
  return row && toCollaboration(db, row)
}

/** The collaborations a user holds roles in, with those roles; all of them (and no roles) for `all`. */
export async function listCollaborationsFor(db: Queryable, userId: string, all: boolean) {
  const rows = await db.query<Row & { myRoles: Role[] | null }>(
    `select ${columns},
       (select array_agg(distinct r.role order by r.role) from role_assignment r where r.collaboration_id = c.id and r.user_id = $1) as "myRoles"
     from collaboration c left join member h on h.id = c.host_member_id
     where $2 or exists (select 1 from role_assignment r where r.collaboration_id = c.id and r.user_id = $1)
     order by c.name`,
    [userId, all],
  )
  return Promise.all(rows.map(async (row) => ({ ...(await toCollaboration(db, row)), myRoles: row.myRoles ?? [] })))
}

export async function prefixTaken(db: Queryable, prefix: string, exceptId: string | null) {
  const rows = await db.query('select 1 from collaboration where upper(prefix) = upper($1) and id is distinct from $2', [prefix, exceptId])
  return rows.length > 0
}

export async function insertCollaboration(tx: Queryable, input: { name: string; prefix: string; legalForm: string; description: string }) {
  const [row] = await tx.query<{ id: string }>(
    'insert into collaboration (name, prefix, legal_form, description) values ($1, $2, $3, $4) returning id',
    [input.name, input.prefix, input.legalForm, input.description],
  )
  return row!.id
}

export async function setHost(tx: Queryable, collaborationId: string, hostMemberId: string | null) {
  await tx.query('update collaboration set host_member_id = $2 where id = $1', [collaborationId, hostMemberId])
}

export async function updateCollaboration(
  tx: Queryable,
  id: string,
  version: number,
  fields: Required<Omit<UpdateCollaborationBody, 'version'>>,
): Promise<boolean> {
  const rows = await tx.query(
    `update collaboration set name = $3, prefix = $4, legal_form = $5, description = $6, host_member_id = $7, records_public = $8,
       version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, fields.name, fields.prefix, fields.legalForm, fields.description, fields.hostMemberId, fields.recordsPublicSetting],
  )
  return rows.length === 1
}

/** Whether anyone may read the collaboration's records: always for public authorities, else as set. */
export async function collaborationRecordsPublic(db: Queryable, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false
  const [row] = await db.query<{ legalForm: LegalForm; recordsPublic: boolean | null }>(
    'select legal_form as "legalForm", records_public as "recordsPublic" from collaboration where id = $1',
    [id],
  )
  return row ? recordsArePublic(row.legalForm, row.recordsPublic) : false
}

/** Only the collaboration's name and prefix, for a page or export headed with them (no member figures). */
export async function collaborationHeader(db: Queryable, collaborationId: string) {
  const [row] = await db.query<{ id: string; name: string; prefix: string }>('select id, name, prefix from collaboration where id = $1', [collaborationId])
  return row
}
