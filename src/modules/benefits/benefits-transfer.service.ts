import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import { today } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, notFound, translate, type InvalidField } from '../../server/http/errors'
import type { MessageCode } from '../../server/http/messages'
import { recordChange } from '../audit'
import { findInitiative } from '../initiatives'
import { groupRows, HEADERS, parseCells, rowCells, rowSheetCells, sheetNumberText, type Header, type TransferRow } from './benefits-transfer'
import type { ImportResult } from './benefits.schema'
import { figuresProblems, loadInitiativeRecords, measurementProblem } from './benefits.service'
import * as repo from './benefits.repository'

async function requireInitiative(db: Queryable, collaborationId: string, initiativeId: string) {
  const initiative = await findInitiative(db, collaborationId, initiativeId)
  if (!initiative) throw notFound('initiative')
  return initiative
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)

/** The initiative's benefits as rows: each indicator × participating member × measurement (a row without one when none). */
async function exportRows(ctx: Ctx, collaborationId: string, initiativeId: string) {
  const initiative = await requireInitiative(ctx.db, collaborationId, initiativeId)
  const records = await loadInitiativeRecords(ctx.db, collaborationId, initiativeId)
  const codes = new Map((await repo.listMemberCodes(ctx.db, collaborationId)).map((m) => [m.id, m.code]))
  const effects = new Map(records.effects.map((e) => [e.id, e]))
  const rows: TransferRow[] = []
  for (const indicator of records.indicators) {
    const base = {
      effect: effects.get(indicator.effectId)?.title ?? '',
      indicator: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      benefitClass: indicator.benefitClass,
      measureEveryMonths: indicator.measureEveryMonths,
    }
    const none = { baselineValue: null, baselineDate: null, baselineSource: '', targetValue: null, targetDate: null, measurementValue: null, measurementDate: null, note: '' }
    if (records.participants.length === 0) rows.push({ ...base, member: '', memberCode: '', ...none })
    for (const participant of records.participants) {
      const figures = records.figures.find((f) => f.indicatorId === indicator.id && f.memberId === participant.memberId)
      const member = {
        ...base,
        ...none,
        member: participant.name,
        memberCode: codes.get(participant.memberId) ?? participant.name,
        ...(figures && { baselineValue: figures.baselineValue, baselineDate: figures.baselineDate, baselineSource: figures.baselineSource, targetValue: figures.targetValue, targetDate: figures.targetDate }),
      }
      const measurements = records.measurements.filter((s) => s.indicatorId === indicator.id && s.memberId === participant.memberId)
      if (measurements.length === 0) rows.push(member)
      for (const s of measurements) rows.push({ ...member, measurementValue: s.value, measurementDate: s.date, note: s.note })
    }
  }
  return { rows, name: `nyttor-${slug(initiative.title) || 'initiativ'}` }
}

export async function exportBenefitsCsv(ctx: Ctx, collaborationId: string, initiativeId: string) {
  const { rows, name } = await exportRows(ctx, collaborationId, initiativeId)
  // Semicolons and a BOM so a Swedish Excel opens it with å, ä and ö intact, as the invoice basis export.
  const content = stringify([[...HEADERS], ...rows.map(rowCells)], { delimiter: ';', bom: true, record_delimiter: 'windows', quote_record_delimiter: true })
  return { fileName: `${name}.csv`, content }
}

export async function exportBenefitsWorkbook(ctx: Ctx, collaborationId: string, initiativeId: string) {
  const { rows, name } = await exportRows(ctx, collaborationId, initiativeId)
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Nyttor')
  sheet.addRow([...HEADERS]).font = { bold: true }
  for (const row of rows) sheet.addRow(rowSheetCells(row))
  HEADERS.forEach((h, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = Math.max(12, Math.min(40, h.length + 2))
    if (['Utgångsvärde', 'Målvärde', 'Mätvärde'].includes(h)) column.numFmt = '0.00'
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return { fileName: `${name}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) }
}

const fileProblem = () => new AppError(400, 'benefit_import_file')

/** A spreadsheet cell as the text the CSV would have had. */
function sheetCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  // Whole numbers as they are (a member code or months typed as a number); others as exact hundredths.
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : sheetNumberText(value)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('')
  if (typeof value === 'object' && 'result' in value) return sheetCellText(value.result as ExcelJS.CellValue)
  if (typeof value === 'object' && 'text' in value) return String(value.text)
  return String(value)
}

/** The file's lines of cells: an .xlsx workbook's first sheet, or semicolon-separated CSV (UTF-8, with or without BOM). */
async function readCells(fileName: string, content: Buffer): Promise<string[][]> {
  const isZip = content.length > 3 && content[0] === 0x50 && content[1] === 0x4b
  if (isZip || /\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer)
    } catch {
      throw fileProblem()
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw fileProblem()
    const lines: string[][] = []
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[]
      lines[number - 1] = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => sheetCellText(values[i + 1]))
    })
    return Array.from(lines, (line) => line ?? [])
  }
  try {
    return parse(content.toString('utf8'), { delimiter: ';', bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][]
  } catch {
    throw fileProblem()
  }
}

interface Problem {
  line: number
  column: Header
  code: MessageCode
  params?: Record<string, string>
}

function importError(ctx: Ctx, problems: Problem[]): AppError {
  const sorted = [...problems].sort((a, b) => a.line - b.line || HEADERS.indexOf(a.column) - HEADERS.indexOf(b.column))
  const fields: InvalidField[] = sorted.map((p) => ({ path: translate(ctx.locale, 'benefit_import_row', { line: p.line, column: p.column }), message: translate(ctx.locale, p.code, p.params ?? {}) }))
  return new AppError(400, 'benefit_import_invalid', {}, fields)
}

/**
 * Imports a file of the export's columns: effects by title and indicators by name within the initiative (created when
 * missing; an existing indicator keeps its unit, direction, class and follow-up), each participating member's baseline
 * and target, and the measurements not already recorded (same indicator, member, date and value). Every row is checked
 * first; nothing is written unless all are right, and then everything in one transaction.
 */
export async function importBenefits(ctx: Ctx, collaborationId: string, initiativeId: string, fileName: string, content: Buffer): Promise<ImportResult> {
  const cells = await readCells(fileName, content)
  const parsed = parseCells(cells)
  if (parsed.problems.some((p) => p.line === 1)) throw importError(ctx, parsed.problems)
  if (parsed.rows.length === 0) throw importError(ctx, [{ line: 2, column: 'Effekt', code: 'benefit_import_missing' }])
  const grouped = groupRows(parsed.rows)
  const problems: Problem[] = [...parsed.problems, ...grouped.problems]
  // The rules of baselines and measurements are checked once every value could be read; members always.
  const checkRules = problems.length === 0
  return ctx.db.transaction(async (tx) => {
    await requireInitiative(tx, collaborationId, initiativeId)
    const records = await loadInitiativeRecords(tx, collaborationId, initiativeId)
    const members = await repo.listMemberCodes(tx, collaborationId)
    const participating = new Set(records.participants.map((p) => p.memberId))
    const on = today()

    // Check everything: members, and the service's rules for baselines and measurements.
    const plan = grouped.indicators.map((indicator) => {
      const effect = records.effects.find((e) => e.title === indicator.effect)
      const existing = effect && records.indicators.find((x) => x.effectId === effect.id && x.name === indicator.name)
      const memberPlans = indicator.members.flatMap((m) => {
        const wanted = (m.memberCode || m.member).toLowerCase()
        const found =
          members.find((x) => x.code !== null && x.code.toLowerCase() === wanted) ?? members.find((x) => x.name.toLowerCase() === wanted) ?? members.find((x) => x.name.toLowerCase() === m.member.toLowerCase())
        const column: Header = m.memberCode ? 'Medlemskod' : 'Medlem'
        if (!found) {
          problems.push({ line: m.line, column, code: 'benefit_import_unknown_member', params: { text: m.memberCode || m.member } })
          return []
        }
        if (!participating.has(found.id)) {
          problems.push({ line: m.line, column, code: 'benefit_member_not_participating' })
          return []
        }
        const before = existing ? records.figures.find((f) => f.indicatorId === existing.id && f.memberId === found.id) : undefined
        const recorded = existing ? records.measurements.filter((s) => s.indicatorId === existing.id && s.memberId === found.id) : []
        const figures = m.figures ?? (before ? { baselineValue: before.baselineValue, baselineDate: before.baselineDate, baselineSource: before.baselineSource, targetValue: before.targetValue, targetDate: before.targetDate } : null)
        const seen = new Set(recorded.map((s) => `${s.date}|${s.value}`))
        const additions = m.measurements.filter((s) => {
          const key = `${s.date}|${s.value}`
          if (seen.has(key)) return false
          seen.add(key)
          return true
        })
        for (const s of checkRules ? additions : []) {
          if (!figures) {
            problems.push({ line: s.line, column: 'Utgångsvärde', code: 'benefit_baseline_required' })
            continue
          }
          const problem = measurementProblem(s.date, figures.baselineDate, on)
          if (problem) problems.push({ line: s.line, column: 'Mätdatum', code: problem.code, params: problem.params })
        }
        const changed = m.figures !== null && (!before || (['baselineValue', 'baselineDate', 'baselineSource', 'targetValue', 'targetDate'] as const).some((k) => before[k] !== m.figures![k]))
        if (checkRules && changed && m.figures) {
          const dates = [...recorded, ...additions].map((s) => s.date).sort()
          for (const p of figuresProblems(m.figures, on, dates[0] ?? null)) {
            const columns: Record<typeof p.field, Header> = { baselineValue: 'Utgångsvärde', baselineDate: 'Utgångsdatum', baselineSource: 'Källa', targetValue: 'Målvärde', targetDate: 'Måldatum' }
            problems.push({ line: m.line, column: columns[p.field], code: p.code, ...(p.params && { params: p.params }) })
          }
        }
        return [{ memberId: found.id, figures: changed ? m.figures : null, before, additions }]
      })
      return { indicator, effectId: effect?.id, indicatorId: existing?.id, members: memberPlans }
    })
    if (problems.length) throw importError(ctx, problems)

    // Then write it all.
    const result: ImportResult = { effectsCreated: 0, indicatorsCreated: 0, figuresSaved: 0, measurementsCreated: 0 }
    const effectIds = new Map(records.effects.map((e) => [e.title, e.id]))
    for (const { indicator, indicatorId: existingId, members: memberPlans } of plan) {
      let effectId = effectIds.get(indicator.effect)
      if (!effectId) {
        const body = { title: indicator.effect, description: '' }
        effectId = (await repo.insertEffect(tx, initiativeId, body)).id
        effectIds.set(indicator.effect, effectId)
        result.effectsCreated++
        await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_effect.created', entityType: 'benefit_effect', entityId: effectId, after: { initiativeId, ...body } })
      }
      let indicatorId = existingId
      if (!indicatorId) {
        const body = { name: indicator.name, unit: indicator.unit, direction: indicator.direction, benefitClass: indicator.benefitClass, measureEveryMonths: indicator.measureEveryMonths }
        indicatorId = (await repo.insertIndicator(tx, effectId, body)).id
        result.indicatorsCreated++
        await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_indicator.created', entityType: 'benefit_indicator', entityId: indicatorId, after: { effectId, ...body } })
      }
      for (const m of memberPlans) {
        if (m.figures) {
          await repo.upsertFigures(tx, indicatorId, m.memberId, m.figures)
          result.figuresSaved++
          await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_baseline.saved', entityType: 'benefit_baseline', entityId: indicatorId, before: m.before, after: { memberId: m.memberId, ...m.figures } })
        }
        for (const s of m.additions) {
          const body = { value: s.value, date: s.date, note: s.note }
          const id = await repo.insertMeasurement(tx, { indicatorId, memberId: m.memberId, ...body, recordedBy: actorName(ctx) })
          result.measurementsCreated++
          await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_measurement.recorded', entityType: 'benefit_measurement', entityId: id, after: { indicatorId, memberId: m.memberId, ...body } })
        }
      }
    }
    return result
  })
}

