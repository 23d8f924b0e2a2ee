/**
 * Who serves (tjänstgör) at a meeting: an ersättare present steps in for an absent ledamot of the same
 * member, in the order the body has given its ersättare (then by name). Officials are left as they are.
 */
export interface AttendanceLine {
  personName: string
  memberId: string | null
  seatRole: 'ledamot' | 'ersattare' | 'official'
  servingFor: string | null
  present: boolean
  substituteOrder: number | null
}

export function assignSubstitutes<T extends AttendanceLine>(lines: T[]): T[] {
  const serving = new Map<T, string | null>()
  const byMember = new Map<string, T[]>()
  for (const line of lines) {
    if (line.seatRole === 'official') continue
    const key = line.memberId ?? 'host'
    byMember.set(key, [...(byMember.get(key) ?? []), line])
  }
  for (const group of byMember.values()) {
    const absent = group.filter((line) => line.seatRole === 'ledamot' && !line.present)
    const substitutes = group
      .filter((line) => line.seatRole === 'ersattare' && line.present)
      .sort((a, b) => (a.substituteOrder ?? 100) - (b.substituteOrder ?? 100) || a.personName.localeCompare(b.personName, 'sv'))
    for (const line of group) if (line.seatRole !== 'official') serving.set(line, null)
    absent.forEach((ledamot, i) => {
      const substitute = substitutes[i]
      if (substitute) serving.set(substitute, ledamot.personName)
    })
  }
  return lines.map((line) => (serving.has(line) ? { ...line, servingFor: serving.get(line)! } : line))
}
