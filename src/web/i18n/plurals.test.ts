import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { en } from './en'
import { sv } from './sv'

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)))

// A count followed by a word: "{{count}} kommuner", "{{hours}} timmar". Counts that stand alone ("Förslag ({{count}})",
// "{{count}} av {{members}} medlemmar", "{{count}} förslag" in Swedish) need no singular.
const countWithNoun = /\{\{(count|payers|hours|min|points|over|checked|total|remaining)\}\} (?!av |of |förslag |poäng |beslut |deltagare )[a-zåäö]/i
// Read as a unit or a share ("2 tim × 950 kr", "12 av 14 närvarande", "högst 100 per medlem"), or only shown for many.
const allowed = new Set(['finance.inKindDialog.value', 'meeting.attendance.presentCount', 'planning.prioritise.pointsLeft', 'planning.votes.introPoints', 'publicRecords.showAll'])

describe('texts with a count have a singular and a plural', () => {
  const t = i18next.createInstance()
  beforeAll(async () => {
    await t.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } })
  })

  for (const [language, catalogue] of [['sv', sv], ['en', en]] as const) {
    it(`in ${language}: every "number + noun" text has _one and _other forms`, () => {
      const keys = new Set(leaves(catalogue as unknown as Tree).map(([key]) => key))
      const lacking = leaves(catalogue as unknown as Tree)
        .filter(([key, text]) => !/_(one|other|zero|two|few|many)$/.test(key) && countWithNoun.test(text) && !allowed.has(key))
        .filter(([key]) => !keys.has(`${key}_one`))
        .map(([key, text]) => `${key}: ${text}`)
      expect(lacking).toEqual([])
    })
  }

  it('says "1 kommun" and "14 kommuner", "1 municipality" and "14 municipalities"', () => {
    expect(t.t('create.countyOption', { name: 'Gotlands län', count: 1 })).toBe('Gotlands län (1 kommun)')
    expect(t.t('create.countyOption', { name: 'Norrbottens län', count: 14 })).toBe('Norrbottens län (14 kommuner)')
    expect(t.t('create.countyOption', { lng: 'en', name: 'Gotland County', count: 1 })).toBe('Gotland County (1 municipality)')
    expect(t.t('planning.proposals.hours', { count: 1, hours: '1' })).toBe('1 timme')
    expect(t.t('planning.proposals.hours', { count: 1.5, hours: '1,5' })).toBe('1,5 timmar')
    expect(t.t('finance.quantity.totalEqual', { count: 1, payers: 1 })).toBe('1 medlem')
    expect(t.t('audit.ok', { count: 1, checked: '1' })).toBe('Kedjan är obruten. 1 post kontrollerad.')
  })
})
