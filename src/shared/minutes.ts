const plusDays = (day: string, days: number) => {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The approval of minutes is announced on the notice board no later than the second day after it
 * (kommunallagen 8 kap. 12 §): the last day a posting may have, shared by the API's rule and the form's hint.
 */
export function latestPostingDay(approvedOn: string): string {
  return plusDays(approvedOn, 2)
}

/** Minutes are approved no later than fourteen days after the meeting (kommunallagen 5 kap. 69 §, for a nämnd's minutes too). */
export function latestApprovalDay(meetingDate: string): string {
  return plusDays(meetingDate, 14)
}
