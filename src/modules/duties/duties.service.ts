import { today as clockToday } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actingUserId, type Ctx } from '../../server/http/context'
import { fill, type Locale } from '../../shared/texts'
import { listGrantHolders } from '../auth'
import { daysLeft, dueFirst, owes } from './duties'
import * as repo from './duties.repository'
import type { TodoItem } from './duties.schema'
import { dutyTexts } from './duties.texts'
import type { Duty, DutyScope, DutySource } from './duty-types'

/** Everything owed in the scope's collaborations, by anyone, from every source. */
export async function listDuties(db: Queryable, sources: readonly DutySource[], scope: DutyScope): Promise<Duty[]> {
  if (scope.collaborationIds.length === 0) return []
  const lists = await Promise.all(sources.map((source) => source.list(db, scope)))
  return lists.flat()
}

/** A duty as a person reads it: its text in their language, its collaboration's name and how many days are left. */
export function presentDuty(duty: Duty, locale: Locale, today: string, collaborationName: string): TodoItem {
  const left = daysLeft(duty.dueOn, today)
  return {
    key: duty.key,
    kind: duty.kind,
    collaborationId: duty.collaborationId,
    collaborationName,
    member: duty.member,
    text: fill(dutyTexts[locale][duty.kind], { subject: duty.subject, member: duty.member?.name ?? '', detail: duty.detail?.[locale] ?? '' }),
    link: duty.link,
    dueOn: duty.dueOn,
    since: duty.since,
    daysLeft: left,
    overdue: left !== null && left < 0,
  }
}

/** Att göra: what the signed-in person, and the members they act for, owe across their collaborations; due first first. */
export async function myDuties(ctx: Ctx, sources: readonly DutySource[], query: { collaborationId?: string; limit: number }) {
  const userId = actingUserId(ctx)
  const grants = ctx.actor.grants.filter((grant) => !query.collaborationId || grant.collaborationId === query.collaborationId)
  const collaborationIds = [...new Set(grants.map((grant) => grant.collaborationId))]
  const today = clockToday()
  const [duties, names] = await Promise.all([listDuties(ctx.db, sources, { collaborationIds, today }), repo.collaborationNames(ctx.db, collaborationIds)])
  const mine = duties.filter((duty) => owes(duty, userId, grants)).sort(dueFirst)
  const items = mine.slice(0, query.limit).map((duty) => presentDuty(duty, ctx.locale, today, names.get(duty.collaborationId) ?? ''))
  return { items, total: mine.length, overdue: mine.filter((duty) => (daysLeft(duty.dueOn, today) ?? 0) < 0).length }
}

/**
 * Every person's duties in these collaborations at once (for reminders and digests): the sources run once for
 * all, and each duty goes to the account holders who owe it. Accounts that are deactivated owe nothing.
 */
export async function dutiesByPerson(db: Queryable, sources: readonly DutySource[], scope: DutyScope): Promise<Map<string, Duty[]>> {
  const [duties, holders] = await Promise.all([listDuties(db, sources, scope), listGrantHolders(db, scope.collaborationIds)])
  // Each duty under each of its owners' keys, so that a person's grants find theirs by look-up, not by a scan per person.
  const byOwner = new Map<string, Duty[]>()
  for (const duty of duties) {
    for (const owner of duty.owners) {
      const key = 'userId' in owner ? `user ${owner.userId}` : `role ${duty.collaborationId} ${owner.role} ${owner.memberId ?? ''}`
      byOwner.set(key, [...(byOwner.get(key) ?? []), duty])
    }
  }
  const byPerson = new Map<string, Map<string, Duty>>()
  const give = (userId: string, owed: Duty[] | undefined) => {
    if (!owed) return
    let mine = byPerson.get(userId)
    if (!mine) byPerson.set(userId, (mine = new Map()))
    for (const duty of owed) mine.set(duty.key, duty)
  }
  for (const holder of holders) {
    give(holder.userId, byOwner.get(`role ${holder.collaborationId} ${holder.role} `))
    if (holder.memberId) give(holder.userId, byOwner.get(`role ${holder.collaborationId} ${holder.role} ${holder.memberId}`))
    give(holder.userId, byOwner.get(`user ${holder.userId}`))
  }
  return new Map([...byPerson].map(([userId, owed]) => [userId, [...owed.values()].sort(dueFirst)]))
}
