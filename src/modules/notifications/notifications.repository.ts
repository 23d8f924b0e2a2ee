import type { Queryable } from '../../server/db/database'
import type { Locale } from '../../shared/texts'
import type { Channel, NotificationKind, SettingKind } from './notifications'

export type ChannelChoice = Record<SettingKind, Channel>

// ---- Settings -------------------------------------------------------------------------------------------

export async function findSetting(db: Queryable, userId: string): Promise<(ChannelChoice & { version: number }) | null> {
  const [row] = await db.query<ChannelChoice & { version: number }>('select new_duty, reminder, version from notification_setting where user_id = $1', [userId])
  return row ?? null
}

/** The first choice of a person: only when there was none (version 0 read). */
export async function insertSetting(tx: Queryable, userId: string, choice: ChannelChoice): Promise<boolean> {
  const rows = await tx.query(`insert into notification_setting (user_id, new_duty, reminder) values ($1, $2, $3) on conflict (user_id) do nothing returning user_id`, [userId, choice.new_duty, choice.reminder])
  return rows.length === 1
}

export async function updateSetting(tx: Queryable, userId: string, version: number, choice: ChannelChoice): Promise<boolean> {
  const rows = await tx.query(`update notification_setting set new_duty = $3, reminder = $4, version = version + 1 where user_id = $1 and version = $2 returning user_id`, [userId, version, choice.new_duty, choice.reminder])
  return rows.length === 1
}

export async function findReminderDays(db: Queryable, collaborationId: string): Promise<{ reminderDays: number[]; version: number } | null> {
  const [row] = await db.query<{ reminderDays: number[]; version: number }>('select reminder_days as "reminderDays", version from collaboration where id = $1', [collaborationId])
  return row ?? null
}

export async function updateReminderDays(tx: Queryable, collaborationId: string, version: number, days: number[]): Promise<boolean> {
  const rows = await tx.query('update collaboration set reminder_days = $3, version = version + 1 where id = $1 and version = $2 returning id', [collaborationId, version, days])
  return rows.length === 1
}

// ---- The sweep ------------------------------------------------------------------------------------------

export const collaborationIds = async (db: Queryable) => (await db.query<{ id: string }>('select id from collaboration order by id')).map((row) => row.id)

export async function collaborationFacts(db: Queryable, ids: string[]): Promise<Map<string, { name: string; reminderDays: number[] }>> {
  if (ids.length === 0) return new Map()
  const rows = await db.query<{ id: string; name: string; reminderDays: number[] }>('select id, name, reminder_days as "reminderDays" from collaboration where id = any($1::uuid[])', [ids])
  return new Map(rows.map(({ id, ...facts }) => [id, facts]))
}

/** When the collaboration was last swept (an event from before then has been taken into account). */
export async function sweptAt(db: Queryable, collaborationId: string): Promise<Date | null> {
  const [row] = await db.query<{ sweptAt: Date }>('select swept_at as "sweptAt" from notification_sweep where collaboration_id = $1', [collaborationId])
  return row ? new Date(row.sweptAt) : null
}

export async function markSwept(tx: Queryable, collaborationId: string, at: Date) {
  await tx.query(
    `insert into notification_sweep (collaboration_id, swept_at) values ($1, $2)
     on conflict (collaboration_id) do update set swept_at = greatest(notification_sweep.swept_at, excluded.swept_at)`,
    [collaborationId, at],
  )
}

/** The keys already made for these duties, per person: only those of duties still open are read. */
export async function madeKeys(db: Queryable, collaborationId: string, dutyKeys: string[]): Promise<Map<string, Set<string>>> {
  if (dutyKeys.length === 0) return new Map()
  const rows = await db.query<{ userId: string; key: string }>(`select user_id as "userId", key from notification where collaboration_id = $1 and duty_key = any($2::text[])`, [collaborationId, dutyKeys])
  const made = new Map<string, Set<string>>()
  for (const row of rows) {
    let keys = made.get(row.userId)
    if (!keys) made.set(row.userId, (keys = new Set()))
    keys.add(row.key)
  }
  return made
}

export interface Recipient {
  id: string
  name: string
  email: string
  locale: Locale
  channel: ChannelChoice
}

/** Whom e-mail goes to, in which language, by which channel for each kind (the defaults where no choice was made). */
export async function recipients(db: Queryable, userIds: string[]): Promise<Map<string, Recipient>> {
  if (userIds.length === 0) return new Map()
  const rows = await db.query<{ id: string; name: string; email: string; locale: Locale; newDuty: Channel; reminder: Channel }>(
    `select u.id, u.name, u.email, u.locale, coalesce(s.new_duty, 'daily') as "newDuty", coalesce(s.reminder, 'daily') as reminder
     from app_user u left join notification_setting s on s.user_id = u.id where u.id = any($1::uuid[])`,
    [userIds],
  )
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, email: row.email, locale: row.locale, channel: { new_duty: row.newDuty, reminder: row.reminder } }]))
}

export interface NewNotification {
  userId: string
  collaborationId: string
  key: string
  kind: NotificationKind
  dutyKey: string
  textSv: string
  textEn: string
  link: string
  dueOn: string | null
}

/** Writes the notifications in one statement; those made before (the same person and key) are left alone. Returns those written. */
export async function insertNotifications(tx: Queryable, rows: NewNotification[], at: Date): Promise<{ userId: string; key: string }[]> {
  if (rows.length === 0) return []
  const column = <K extends keyof NewNotification>(key: K) => rows.map((row) => row[key])
  return tx.query<{ userId: string; key: string }>(
    `insert into notification (user_id, collaboration_id, key, kind, duty_key, text_sv, text_en, link, due_on, created_at)
     select *, $10::timestamptz from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[])
     on conflict (user_id, key) do nothing
     returning user_id as "userId", key`,
    [column('userId'), column('collaborationId'), column('key'), column('kind'), column('dutyKey'), column('textSv'), column('textEn'), column('link'), column('dueOn'), at],
  )
}

// ---- The bell -------------------------------------------------------------------------------------------

export interface NotificationRow {
  id: string
  collaborationId: string
  collaborationName: string
  kind: NotificationKind
  text: string
  link: string
  dueOn: string | null
  createdAt: string
  read: boolean
}

/** One page of a person's notifications, newest first, with how many there are and how many are unread. */
export async function listNotifications(db: Queryable, userId: string, locale: Locale, filter: { collaborationId?: string; unread?: boolean; limit: number; offset: number }) {
  // Only in the collaborations the person still holds a role in.
  const where = `n.user_id = $1 and ($2::uuid is null or n.collaboration_id = $2)
    and exists (select 1 from role_assignment r where r.user_id = n.user_id and r.collaboration_id = n.collaboration_id)`
  const [items, [counts]] = await Promise.all([
    db.query<NotificationRow>(
      `select n.id, n.collaboration_id as "collaborationId", c.name as "collaborationName", n.kind, ${locale === 'en' ? 'n.text_en' : 'n.text_sv'} as text,
         n.link, n.due_on as "dueOn", n.created_at as "createdAt", n.read_at is not null as read
       from notification n join collaboration c on c.id = n.collaboration_id
       where ${where} and (not $3 or n.read_at is null)
       order by n.created_at desc, n.id limit $4 offset $5`,
      [userId, filter.collaborationId ?? null, filter.unread ?? false, filter.limit, filter.offset],
    ),
    db.query<{ total: number; unread: number }>(
      `select count(*) filter (where not $3 or n.read_at is null)::int as total, count(*) filter (where n.read_at is null)::int as unread from notification n where ${where}`,
      [userId, filter.collaborationId ?? null, filter.unread ?? false],
    ),
  ])
  return { items: items.map((item) => ({ ...item, createdAt: new Date(item.createdAt).toISOString() })), total: counts!.total, unread: counts!.unread }
}

/** Marks one of the person's notifications as read; false when it is not theirs (or does not exist). */
export async function markRead(db: Queryable, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db.query('update notification set read_at = coalesce(read_at, $3) where id = $1 and user_id = $2 returning id', [id, userId, at])
  return rows.length === 1
}

export async function markAllRead(db: Queryable, userId: string, collaborationId: string | null, at: Date): Promise<number> {
  const rows = await db.query('update notification set read_at = $3 where user_id = $1 and read_at is null and ($2::uuid is null or collaboration_id = $2) returning id', [userId, collaborationId, at])
  return rows.length
}

// ---- Digests --------------------------------------------------------------------------------------------

/** Where a digest run has come to: people are taken by their first collaboration, then by id. */
export interface DigestCursor {
  home: string
  id: string
}

/**
 * The next batch of people (after `after`) who chose this digest for some kind, hold a role somewhere and have
 * not had this period's digest. Taken by their first collaboration, so that a batch reads the duties of few.
 */
export async function digestCandidates(db: Queryable, cadence: 'daily' | 'weekly', period: string, after: DigestCursor, limit: number) {
  return db.query<{ id: string; name: string; email: string; locale: Locale; home: string }>(
    `with home as (select user_id, min(collaboration_id::text) as home from role_assignment group by user_id)
     select u.id, u.name, u.email, u.locale, h.home
     from home h join app_user u on u.id = h.user_id left join notification_setting s on s.user_id = u.id
     where (h.home, u.id) > ($3::text, $4::uuid) and u.deactivated_at is null
       and (coalesce(s.new_duty, 'daily') = $1 or coalesce(s.reminder, 'daily') = $1)
       and not exists (select 1 from digest_sent d where d.user_id = u.id and d.period = $2)
     order by h.home, u.id limit $5`,
    [cadence, period, after.home, after.id, limit],
  )
}

/** The collaborations these people hold roles in. */
export async function collaborationsOf(db: Queryable, userIds: string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>('select distinct collaboration_id as id from role_assignment where user_id = any($1::uuid[])', [userIds])
  return rows.map((row) => row.id)
}

/** Records the period's digest for these people; returns those it was not recorded for before (the ones to send to). */
export async function recordDigests(tx: Queryable, userIds: string[], period: string, at: Date): Promise<Set<string>> {
  if (userIds.length === 0) return new Set()
  const rows = await tx.query<{ userId: string }>(
    `insert into digest_sent (user_id, period, sent_at) select unnest($1::uuid[]), $2, $3 on conflict do nothing returning user_id as "userId"`,
    [userIds, period, at],
  )
  return new Set(rows.map((row) => row.userId))
}
