import type { Queryable } from '../../server/db/database'
import * as repo from './planning.repository'
import { currentStage, STAGES, type StageKey } from './stages'

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

/** Each round's dated stages in timetable order, with each stage's last day (the day before the next one starts; null for the last). */
function timetables(stages: { roundId: string; key: StageKey; startsOn: string }[]) {
  const byRound = new Map<string, { key: StageKey; startsOn: string; lastDay: string | null }[]>()
  const ordered = [...stages].sort((a, b) => STAGES.indexOf(a.key) - STAGES.indexOf(b.key))
  for (const stage of ordered) {
    const list = byRound.get(stage.roundId) ?? []
    const previous = list.at(-1)
    if (previous) previous.lastDay = previous.startsOn <= dayBefore(stage.startsOn) ? dayBefore(stage.startsOn) : previous.startsOn
    list.push({ key: stage.key, startsOn: stage.startsOn, lastDay: null })
    byRound.set(stage.roundId, list)
  }
  return byRound
}

/**
 * The planning stages open today: per round, the stage in force with its last day by the timetable. A round not
 * started yet has none; the last stage (the members approving the plan) stays open through the plan's year.
 */
export async function openPlanningStages(db: Queryable, collaborationId: string, today: string) {
  const rounds = await repo.listRounds(db, [collaborationId])
  const byRound = timetables(await repo.listStages(db, rounds.map((r) => r.id)))
  return rounds.flatMap((round) => {
    const dated = byRound.get(round.id) ?? []
    const stage = currentStage(dated, today, round.manualStage ? { key: round.manualStage, at: round.manualStageAt! } : null)
    if (stage === 'not_started') return []
    const lastDay = dated.find((s) => s.key === stage)?.lastDay ?? null
    if (lastDay === null && stage === STAGES.at(-1) && round.year < Number(today.slice(0, 4))) return []
    return [{ roundId: round.id, title: round.title, year: round.year, stage, lastDay }]
  })
}

/** Every dated stage of the collaboration's rounds that starts in these Swedish days, for the annual wheel. */
export async function planningStagesBetween(db: Queryable, collaborationId: string, from: string, to: string) {
  const rounds = await repo.listRounds(db, [collaborationId])
  const title = new Map(rounds.map((r) => [r.id, r.title]))
  const byRound = timetables(await repo.listStages(db, rounds.map((r) => r.id)))
  return [...byRound].flatMap(([roundId, stages]) => stages.filter((s) => s.startsOn >= from && s.startsOn <= to).map((s) => ({ roundId, roundTitle: title.get(roundId)!, ...s })))
}
