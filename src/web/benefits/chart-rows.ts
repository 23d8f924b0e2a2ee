import type { Indicator } from './types'

export interface ChartPoint {
  date: string
  /** Per member: `m<i>` its baseline or measurement, `t<i>` its target line (baseline to target), in whole units for the picture only. */
  [series: string]: number | string | null
}

/**
 * One row per date on which any member has a baseline, a measurement or a target, oldest first. A member's
 * measured line starts at its baseline; its target line runs from the baseline to the target on the target's date.
 */
export function chartRows(indicator: Pick<Indicator, 'members'>): ChartPoint[] {
  const rows = new Map<string, ChartPoint>()
  const at = (date: string) => {
    let row = rows.get(date)
    if (!row) {
      row = { date }
      rows.set(date, row)
    }
    return row
  }
  indicator.members.forEach((member, i) => {
    if (member.baseline) at(member.baseline.date)[`m${i}`] = member.baseline.value / 100
    for (const measurement of member.measurements) at(measurement.date)[`m${i}`] = measurement.value / 100
    if (member.baseline && member.target) {
      at(member.baseline.date)[`t${i}`] = member.baseline.value / 100
      at(member.target.date)[`t${i}`] = member.target.value / 100
    }
  })
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date))
}
