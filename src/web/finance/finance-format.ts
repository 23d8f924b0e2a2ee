import type { TFunction } from 'i18next'
import { formatNumber, formatOre, formatPopulation, MISSING } from '../../shared/format'
import type { Language } from '../i18n'
import type { InvoiceLine } from './types'

type Quantity = InvoiceLine['quantity']

const NBSP = '\u00a0'
/** Intl's sv-SE groups with a no-break space and a plain minus, as shared/format does. */
const normaliseSpaces = (text: string) => text.replace(/[\u2009\u202f ]/g, NBSP).replace(/\u2212/g, '-')
const perInhabitant = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 5 })

/** 48 öre per inhabitant → "0,48 kr"; up to three decimals of an öre ("0,485 kr"). Display only. */
export function formatOrePerInhabitant(ore: number | null | undefined): string {
  if (ore === null || ore === undefined || !Number.isFinite(ore)) return MISSING
  return `${normaliseSpaces(perInhabitant.format(ore / 100))}${NBSP}kr`
}

/** The member's own figure on an invoice line: "80 401 invånare (2025)", "1 av 14 (lika delar)", "12 e-tjänster", "fast belopp". */
export function quantityText(quantity: Quantity, t: TFunction, language: Language): string {
  switch (quantity.kind) {
    case 'equal':
      return t('finance.quantity.equal', { payers: quantity.payers })
    case 'population':
    case 'price':
      if (quantity.value === null) return MISSING
      return quantity.year
        ? t('finance.quantity.population', { population: formatPopulation(quantity.value, language), year: quantity.year })
        : t('finance.quantity.populationNoYear', { population: formatPopulation(quantity.value, language) })
    case 'units':
      return t('finance.quantity.units', { value: formatNumber(quantity.value), unit: quantity.unitName ?? '' }).trim()
    case 'weight':
      return t('finance.quantity.weight', { value: formatNumber(quantity.value) })
    case 'settlement':
      // A credit: what the member paid of what every earlier participant paid, in kronor like every amount.
      return quantity.value !== null && quantity.basisTotal !== null
        ? t('finance.quantity.settlementPaid', { paid: formatOre(quantity.value), total: formatOre(quantity.basisTotal) })
        : t('finance.quantity.settlement')
    default:
      return t(`finance.quantity.${quantity.kind}`)
  }
}

/** What the line is divided by: every sharing member's figure summed ("1 234 567 invånare"), or the number of members. */
export function basisTotalText(quantity: Quantity, t: TFunction, language: Language): string {
  switch (quantity.kind) {
    case 'equal':
      return t('finance.quantity.totalEqual', { count: quantity.payers, payers: quantity.payers })
    case 'population':
    case 'price':
      return quantity.basisTotal === null ? MISSING : t('finance.quantity.totalPopulation', { population: formatPopulation(quantity.basisTotal, language) })
    case 'units':
      return quantity.basisTotal === null ? MISSING : t('finance.quantity.totalUnits', { value: formatNumber(quantity.basisTotal), unit: quantity.unitName ?? '' }).trim()
    case 'weight':
      return quantity.basisTotal === null ? MISSING : t('finance.quantity.totalWeight', { value: formatNumber(quantity.basisTotal) })
    default:
      return MISSING
  }
}

/** Groups items by a key, keeping the order in which each key first appears. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = groups.get(key)
    if (list) list.push(item)
    else groups.set(key, [item])
  }
  return [...groups].map(([key, list]) => ({ key, items: list }))
}

/** 12.5 → "12,5" hours. */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? formatNumber(hours) : normaliseSpaces(hours.toLocaleString('sv-SE', { maximumFractionDigits: 2 }))
}

const indexFormat = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 3 })

/** An index value: 103.4 → "103,4", 100 → "100,0" (up to the three decimals stored). */
export function formatIndexValue(value: number): string {
  return normaliseSpaces(indexFormat.format(value))
}

/** An index value for a form field: "103,4", without grouping so it reads back exactly. */
export function indexValueToInput(value: number): string {
  return String(value).replace('.', ',')
}
