/**
 * The approval of minutes is announced on the notice board no later than the second day after it
 * (kommunallagen 8 kap. 12 §): the last day a posting may have, shared by the API's rule and the form's hint.
 */
export function latestPostingDay(approvedOn: string): string {
  const day = new Date(`${approvedOn}T12:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 2)
  return day.toISOString().slice(0, 10)
}
