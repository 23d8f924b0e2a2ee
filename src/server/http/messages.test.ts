import { describe, expect, it } from 'vitest'
import { defineTexts } from '../../shared/texts'
import { entityNouns } from './http.texts'
import { errorCatalogues, mergeCatalogues, messages } from './messages'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('the catalogues of error texts', () => {
  it('never has two modules declare the same code with different texts', () => {
    const seen = new Map<string, { module: string; sv: string; en: string }>()
    for (const [module, catalogue] of Object.entries(errorCatalogues)) {
      for (const code of Object.keys(catalogue.sv)) {
        const earlier = seen.get(code)
        const texts = { sv: catalogue.sv[code as keyof typeof catalogue.sv], en: catalogue.en[code as keyof typeof catalogue.en] }
        if (earlier) expect({ code, ...texts }, `${code} in ${earlier.module} and ${module}`).toEqual({ code, sv: earlier.sv, en: earlier.en })
        else seen.set(code, { module, ...texts })
      }
    }
    expect(Object.keys(messages.sv).sort()).toEqual([...seen.keys()].sort())
  })

  it('refuses to merge a code declared twice with different texts instead of letting the later win', () => {
    const first = defineTexts({ taken: 'Upptagen.' }, { taken: 'Taken.' })
    const same = defineTexts({ taken: 'Upptagen.' }, { taken: 'Taken.' })
    const other = defineTexts({ taken: 'Redan tagen.' }, { taken: 'Already taken.' })
    expect(mergeCatalogues({ first, same })).toEqual({ sv: { taken: 'Upptagen.' }, en: { taken: 'Taken.' } })
    expect(() => mergeCatalogues({ first, other })).toThrow(/taken.*first.*other/)
  })

  it('has the same places for parameters in both languages', () => {
    for (const code of Object.keys(messages.sv) as (keyof typeof messages.sv)[]) {
      expect(placeholders(messages.en[code]), code).toEqual(placeholders(messages.sv[code]))
    }
  })

  it('has a noun for every entity in both languages', () => {
    for (const entity of Object.keys(entityNouns.sv) as (keyof typeof entityNouns.sv)[]) {
      expect(entityNouns.sv[entity], entity).not.toBe('')
      expect(entityNouns.en[entity], entity).toMatch(/^the /)
    }
  })
})
