import type { Queryable } from '../../server/db/database'
import type { Locale } from '../../shared/texts'
import { listProcessModels, type ProcessModelRow } from '../processes'
import { named } from './initiative-gate'
import * as repo from './initiatives.repository'

/**
 * The initiatives at a glance, for the collaboration's dashboard: per process model in use, how many running
 * initiatives stand in each phase (counted in SQL), and the gates whose decision has a day set, due first first.
 */
export async function initiativesAtAGlance(db: Queryable, collaborationId: string, locale: Locale, limit = 10) {
  const [models, counts, gates] = await Promise.all([listProcessModels(db, collaborationId), repo.countRunningByPhase(db, collaborationId), repo.listGatesWithDueDates(db, collaborationId, limit)])
  const byId = new Map(models.map((m) => [m.id, m]))
  const count = new Map(counts.map((c) => [`${c.processModelId} ${c.phaseKey}`, c.count]))
  // Versions of one process share their lineage: the phases of the newest version in use, the counts of every version by phase key.
  const lineages = new Map<string, ProcessModelRow>()
  for (const c of counts) {
    const model = byId.get(c.processModelId)!
    const known = lineages.get(model.lineageId)
    if (!known || known.version < model.version) lineages.set(model.lineageId, model)
  }
  const versionsOf = (lineageId: string) => models.filter((m) => m.lineageId === lineageId)
  const processes = [...lineages.values()].map((model) => ({
    lineageId: model.lineageId,
    name: named(locale, model),
    phases: model.definition.phases.map((phase) => ({ key: phase.key, name: named(locale, phase), count: versionsOf(model.lineageId).reduce((sum, m) => sum + (count.get(`${m.id} ${phase.key}`) ?? 0), 0) })),
  }))
  const atGates = gates.rows.map((row) => {
    const phase = byId.get(row.processModelId)?.definition.phases.find((p) => p.key === row.phaseKey)
    return { initiativeId: row.id, title: row.title, phaseName: phase ? named(locale, phase) : row.phaseKey, gateName: phase?.gate ? named(locale, phase.gate) : '', dueOn: row.gateDueOn }
  })
  return { running: counts.reduce((sum, c) => sum + c.count, 0), processes, atGates, atGatesTotal: gates.total }
}

/** The gate decisions with a last day in these Swedish days (running initiatives), with their gates' names, for the annual wheel. */
export async function gateDeadlinesBetween(db: Queryable, collaborationId: string, from: string, to: string, locale: Locale) {
  const [models, rows] = await Promise.all([listProcessModels(db, collaborationId), repo.listGateDueDatesBetween(db, collaborationId, from, to)])
  const byId = new Map(models.map((m) => [m.id, m]))
  return rows.map((row) => {
    const gate = byId.get(row.processModelId)?.definition.phases.find((p) => p.key === row.phaseKey)?.gate
    return { initiativeId: row.id, title: row.title, gateName: gate ? named(locale, gate) : '', dueOn: row.gateDueOn }
  })
}
