/**
 * A member's invoice basis, line by line (issue 6): what each cost line comes to this year, how it is
 * split, and the calculation in words and figures so a finance office can check it by hand. Pure: the
 * service loads the budgets, keys and members; everything here is arithmetic on integer öre.
 */
import { formatNumber, formatOre } from '../../shared/format'
import { AllocationError, chargeByPrice, largestRemainder, splitCostExplained, type CostKey, type ExplainedSplit, type Payer, type ShareReason, type SplitRules } from './allocation'
import type { CostKey as CostKeyRow, InvoiceLine } from './finance.schema'
import { upliftByIndex } from './settlement'

type Locale = 'sv' | 'en'
export type KeyDef = Pick<CostKeyRow, 'id' | 'lineageId' | 'name' | 'versionNo' | 'kind' | 'populationYear' | 'unitName' | 'fixedFeeOre' | 'perInhabitantOre' | 'weights' | 'exempt' | 'fixedAmounts' | 'minimumOre' | 'maximumOre'>

/** A member that shares a line, with the figures the line's key reads. */
export interface LinePayer extends Payer {
  name: string
  populationYear: number | null
}

export interface IndexUplift {
  series: string
  fromYear: number
  toYear: number
  /** Null where the series has no value for that year yet: the amount is then not raised. */
  from: number | null
  to: number | null
}

export interface LineToSplit {
  budgetId: string
  initiativeId: string | null
  scopeName: string
  costLineId: string
  category: InvoiceLine['category']
  description: string
  amountOre: number
  paidInAdvance: boolean
  index: IndexUplift | null
  key: KeyDef
  payers: LinePayer[]
}

const t = (locale: Locale, sv: string, en: string) => (locale === 'sv' ? sv : en)

export function splitRulesOf(key: KeyDef): SplitRules {
  return { exempt: key.exempt, fixed: key.fixedAmounts.map((f) => ({ memberId: f.memberId, amount: f.amountOre })), minimum: key.minimumOre, maximum: key.maximumOre }
}

export function allocationKeyOf(key: KeyDef): CostKey {
  return { kind: key.kind === 'price' ? 'population' : key.kind }
}

/** 48 → "0,48 kr", 48.5 → "0,485 kr": a rate per inhabitant, with as many decimals as it has. */
export function formatRate(perInhabitantOre: number): string {
  const thousandths = Math.round(perInhabitantOre * 1000)
  const kronor = Math.floor(thousandths / 100_000)
  const decimals = String(thousandths % 100_000).padStart(5, '0').replace(/0+$/, '').padEnd(2, '0')
  return `${formatNumber(kronor)},${decimals}\u00a0kr`
}

// A line is explained to every member that shares it (the whole collaboration's workbook explains every line to
// every member): what all those explanations have in common is computed once per line. Lines are never changed.
const totals = new WeakMap<LineToSplit, number>()
const splits = new WeakMap<LineToSplit, ExplainedSplit>()
const payerIndex = new WeakMap<LineToSplit, Map<string, LinePayer>>()

/** The line's amount for the budget year: raised by its index, and for a price key the sum of what the members are charged. */
export function effectiveAmount(line: LineToSplit): number {
  let total = totals.get(line)
  if (total === undefined) {
    if (line.key.kind === 'price') total = [...chargeByPrice(line.payers, { fixed: line.key.fixedFeeOre ?? 0, perInhabitantOre: line.key.perInhabitantOre ?? 0 }).values()].reduce((a, b) => a + b, 0)
    else if (line.index && line.index.from !== null && line.index.to !== null) total = upliftByIndex(line.amountOre, line.index.from, line.index.to)
    else total = line.amountOre
    totals.set(line, total)
  }
  return total
}

/** A line (not a price) split among its payers by its key; throws an AllocationError when the key cannot carry it. */
export function lineSplit(line: LineToSplit): ExplainedSplit {
  let split = splits.get(line)
  if (!split) {
    split = splitCostExplained(effectiveAmount(line), line.payers, allocationKeyOf(line.key), splitRulesOf(line.key))
    splits.set(line, split)
  }
  return split
}

function payerOf(line: LineToSplit, memberId: string): LinePayer | undefined {
  let index = payerIndex.get(line)
  if (!index) {
    index = new Map(line.payers.map((p) => [p.memberId, p]))
    payerIndex.set(line, index)
  }
  return index.get(memberId)
}

function indexText(line: LineToSplit, locale: Locale): string {
  const index = line.index
  if (!index || line.key.kind === 'price') return ''
  if (index.from === null || index.to === null) {
    const missing = index.from === null ? index.fromYear : index.toYear
    return t(locale, `${index.series} ${missing} saknas, så beloppet är inte uppräknat. `, `${index.series} ${missing} is missing, so the amount is not raised. `)
  }
  const value = (v: number) => String(v).replace('.', ',')
  return t(
    locale,
    `${formatOre(line.amountOre)} uppräknat med ${index.series} ${index.toYear} (${value(index.to)}) / ${index.series} ${index.fromYear} (${value(index.from)}) = ${formatOre(effectiveAmount(line))}. `,
    `${formatOre(line.amountOre)} raised by ${index.series} ${index.toYear} (${value(index.to)}) / ${index.series} ${index.fromYear} (${value(index.from)}) = ${formatOre(effectiveAmount(line))}. `,
  )
}

function quantityOf(key: KeyDef, payer: LinePayer): { kind: InvoiceLine['quantity']['kind']; value: number | null } {
  switch (key.kind) {
    case 'equal':
      return { kind: 'equal', value: 1 }
    case 'population':
    case 'price':
      return { kind: key.kind, value: payer.population }
    case 'units':
      return { kind: 'units', value: payer.units }
    case 'weights':
      return { kind: 'weight', value: payer.weight }
  }
}

/** The member's part of a line as the whole year's amount and its explanation; null when the member does not share it. */
export function explainLine(line: LineToSplit, memberId: string, locale: Locale): Omit<InvoiceLine, 'amountOre' | 'preliminary'> | null {
  const payer = payerOf(line, memberId)
  if (!payer) return null
  const total = effectiveAmount(line)
  const key = { id: line.key.id, lineageId: line.key.lineageId, name: line.key.name, versionNo: line.key.versionNo, kind: line.key.kind }
  const base = { kind: 'cost' as const, budgetId: line.budgetId, initiativeId: line.initiativeId, scopeName: line.scopeName, costLineId: line.costLineId, category: line.category, description: line.description, lineTotalOre: total, key, paidInAdvance: line.paidInAdvance, roundingOre: 0 }
  const own = quantityOf(line.key, payer)
  const year = line.key.kind === 'population' || line.key.kind === 'price' ? payer.populationYear : null
  const unitName = line.key.kind === 'units' ? line.key.unitName : null

  if (line.key.kind === 'price') {
    const fixed = line.key.fixedFeeOre ?? 0
    const rate = line.key.perInhabitantOre ?? 0
    const amount = chargeByPrice([payer], { fixed, perInhabitantOre: rate }).get(memberId)!
    const populationSum = line.payers.reduce((sum, p) => sum + p.population, 0)
    const formula = t(
      locale,
      `${formatOre(fixed)} fast avgift + ${formatNumber(payer.population)} invånare × ${formatRate(rate)} = ${formatOre(amount)} (per invånare avrundat till hela öre).`,
      `${formatOre(fixed)} fixed fee + ${formatNumber(payer.population)} inhabitants × ${formatRate(rate)} = ${formatOre(amount)} (per-inhabitant part rounded to whole öre).`,
    )
    return { ...base, quantity: { ...own, year, unitName, basisTotal: populationSum, payers: line.payers.length }, formula, yearAmountOre: amount }
  }

  const split = lineSplit(line)
  const amount = split.shares.get(memberId)!
  const reason: ShareReason = split.reasons.get(memberId)!
  const prefix = indexText(line, locale)
  const quantity = { ...own, year, unitName, basisTotal: line.key.kind === 'equal' ? split.keyPayers : split.keyWeightSum, payers: line.payers.length }
  if (reason !== 'key') {
    const kind = reason === 'fixed' ? 'fixed' : reason === 'exempt' ? 'exempt' : reason
    const words = {
      fixed: t(locale, `Fast belopp för ${payer.name} enligt nyckeln: ${formatOre(amount)}.`, `Fixed amount for ${payer.name} under the key: ${formatOre(amount)}.`),
      exempt: t(locale, `${payer.name} är undantagen i nyckeln och betalar 0 kr.`, `${payer.name} is exempt under the key and pays 0 kr.`),
      minimum: t(locale, `Andelen enligt nyckeln låg under golvet, så ${payer.name} betalar golvet ${formatOre(amount)}; resten fördelas på de övriga.`, `The key's share was below the floor, so ${payer.name} pays the floor of ${formatOre(amount)}; the rest is spread over the others.`),
      maximum: t(locale, `Andelen enligt nyckeln låg över taket, så ${payer.name} betalar taket ${formatOre(amount)}; resten fördelas på de övriga.`, `The key's share was above the cap, so ${payer.name} pays the cap of ${formatOre(amount)}; the rest is spread over the others.`),
    }[reason]
    return { ...base, quantity: { ...quantity, kind, value: kind === 'fixed' || kind === 'exempt' ? null : own.value }, formula: prefix + words, yearAmountOre: amount }
  }

  const restNote =
    split.keyRest !== total
      ? t(locale, `Efter fasta belopp, undantag och tak återstår ${formatOre(split.keyRest)} att fördela. `, `After fixed amounts, exemptions and caps, ${formatOre(split.keyRest)} is left to split. `)
      : ''
  const weight = split.keyWeightSum === 0 ? 1 : Number(own.value ?? 0)
  const sum = split.keyWeightSum === 0 ? split.keyPayers : split.keyWeightSum
  const what = {
    equal: t(locale, `1 av ${sum} lika delar`, `1 of ${sum} equal parts`),
    population: t(locale, `${formatNumber(weight)} av ${formatNumber(sum)} invånare (${year ?? '–'})`, `${formatNumber(weight)} of ${formatNumber(sum)} inhabitants (${year ?? '–'})`),
    units: `${formatNumber(weight)} ${t(locale, 'av', 'of')} ${formatNumber(sum)} ${unitName ?? ''}`.trim(),
    weights: t(locale, `vikt ${formatNumber(weight)} av ${formatNumber(sum)}`, `weight ${formatNumber(weight)} of ${formatNumber(sum)}`),
  }[line.key.kind]
  const zeroNote = split.keyWeightSum === 0 && line.key.kind !== 'equal' ? t(locale, ' (ingen har något att räkna, så lika delar)', ' (nobody has anything to count, so equal parts)') : ''
  const formula =
    prefix +
    restNote +
    t(
      locale,
      `${formatOre(split.keyRest)} × ${what}${zeroNote} = ${formatOre(amount)} (avrundat till hela öre${split.roundedUp.has(memberId) ? ', varav +1 öre avrundning' : ''}).`,
      `${formatOre(split.keyRest)} × ${what}${zeroNote} = ${formatOre(amount)} (rounded to whole öre${split.roundedUp.has(memberId) ? ', including +1 öre rounding' : ''}).`,
    )
  return { ...base, quantity, formula, yearAmountOre: amount, roundingOre: split.roundedUp.has(memberId) ? 1 : 0 }
}

/**
 * The part of a year's amount that falls in a quarter: a line paid in advance (förskott) falls in the
 * first quarter whole; the rest in four equal parts, the öre that do not divide going to the earliest quarters.
 */
export function quarterAmount(yearAmount: number, quarter: number | null, paidInAdvance: boolean): number {
  if (quarter === null) return yearAmount
  if (paidInAdvance) return quarter === 1 ? yearAmount : 0
  const sign = yearAmount < 0 ? -1 : 1
  const abs = Math.abs(yearAmount)
  return sign * (Math.floor(abs / 4) + (quarter <= abs % 4 ? 1 : 0))
}

export function quarterOf(isoDate: string): number {
  return Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1
}

/** Granted external funding credited to the members by the guarantee key: every member's (negative) share. */
export function fundingCredits(amountOre: number, key: KeyDef, payers: readonly LinePayer[]): Map<string, number> {
  if (key.kind === 'price') {
    // A price is not a split; the grant is shared by the members' populations instead.
    return splitCostExplained(amountOre, payers, { kind: 'population' }).shares
  }
  return splitCostExplained(amountOre, payers, allocationKeyOf(key), splitRulesOf(key)).shares
}

export interface PastLine {
  year: number
  description: string
  total: number
  key: KeyDef
  /** The members that shared the line, and the joiner as it would have been counted. */
  earlier: LinePayer[]
  joiner: LinePayer
}

/**
 * A late joiner's buy-in: its share of every past line re-split with it included, credited to the
 * earlier participants in proportion to what they paid on those lines (exact, never negative).
 */
export function settleLateJoiner(lines: readonly PastLine[]) {
  let buyIn = 0
  const paid = new Map<string, { payer: LinePayer; amount: number }>()
  const shares = lines.flatMap((line) => {
    // A price is a charge per member, not a shared cost: nobody paid the joiner's part of it.
    if (line.key.kind === 'price') return []
    const rules = splitRulesOf(line.key)
    const key = allocationKeyOf(line.key)
    const before = splitCostExplained(line.total, line.earlier, key, rules).shares
    const joinerShare = splitCostExplained(line.total, [...line.earlier, line.joiner], key, rules).shares.get(line.joiner.memberId)!
    buyIn += joinerShare
    for (const payer of line.earlier) {
      const entry = paid.get(payer.memberId) ?? { payer, amount: 0 }
      entry.amount += before.get(payer.memberId)!
      paid.set(payer.memberId, entry)
    }
    return [{ year: line.year, description: line.description, lineTotalOre: line.total, joinerShareOre: joinerShare }]
  })
  const earlier = [...paid.values()]
  const credited = earlier.length ? largestRemainder(BigInt(buyIn), earlier.map((e) => e.payer), earlier.map((e) => BigInt(e.amount))) : []
  return {
    buyInOre: buyIn,
    lines: shares,
    credits: earlier.map((e, i) => ({ memberId: e.payer.memberId, memberName: e.payer.name, paidOre: e.amount, creditOre: Number(credited[i]!) })),
  }
}

export { AllocationError }
