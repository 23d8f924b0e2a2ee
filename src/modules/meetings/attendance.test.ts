import { describe, expect, it } from 'vitest'
import { assignSubstitutes, type AttendanceLine } from './attendance'

const line = (personName: string, memberId: string | null, seatRole: AttendanceLine['seatRole'], present: boolean, substituteOrder: number | null = null): AttendanceLine => ({
  personName,
  memberId,
  seatRole,
  present,
  substituteOrder,
  servingFor: null,
})

describe('who serves for an absent ledamot', () => {
  it('an ersättare present serves for the absent ledamot of the same member, not of another', () => {
    const result = assignSubstitutes([line('Anna', 'kalix', 'ledamot', false), line('Bo', 'kalix', 'ersattare', true), line('Cia', 'lulea', 'ersattare', true)])
    expect(result.find((l) => l.personName === 'Bo')!.servingFor).toBe('Anna')
    expect(result.find((l) => l.personName === 'Cia')!.servingFor).toBeNull()
  })

  it('follows the order the body gave its ersättare, whatever the order of the list', () => {
    const result = assignSubstitutes([line('Anna', 'kalix', 'ledamot', false), line('Örjan', 'kalix', 'ersattare', true, 1), line('Bo', 'kalix', 'ersattare', true, 2)])
    expect(result.find((l) => l.personName === 'Örjan')!.servingFor).toBe('Anna')
    expect(result.find((l) => l.personName === 'Bo')!.servingFor).toBeNull()
  })

  it('nobody serves when every ledamot is present, and a serving mark left from before is cleared', () => {
    const stale = { ...line('Bo', 'kalix', 'ersattare', true), servingFor: 'Anna' }
    expect(assignSubstitutes([line('Anna', 'kalix', 'ledamot', true), stale]).every((l) => l.servingFor === null)).toBe(true)
  })

  it('two absent ledamöter get one ersättare each; an absent ersättare serves for nobody', () => {
    const result = assignSubstitutes([
      line('Anna', 'kalix', 'ledamot', false),
      line('Axel', 'kalix', 'ledamot', false),
      line('Bo', 'kalix', 'ersattare', true, 1),
      line('Britt', 'kalix', 'ersattare', false, 2),
      line('Berit', 'kalix', 'ersattare', true, 3),
    ])
    expect(result.filter((l) => l.servingFor).map((l) => [l.personName, l.servingFor])).toEqual([
      ['Bo', 'Anna'],
      ['Berit', 'Axel'],
    ])
  })

  it('leaves officials and their titles alone', () => {
    const official = { ...line('Sara', null, 'official', true), servingFor: 'Nämndsekreterare' }
    expect(assignSubstitutes([official, line('Anna', null, 'ledamot', false)])[0]).toEqual(official)
  })
})
