/**
 * Who is a member on a given Swedish date: the one rule, shared by the server and the web (its SQL form is
 * `notLeftBySql` in src/modules/members/membership.ts).
 *
 * A leaving date (`member.left_on`, "Utträdesdatum") is the member's LAST DAY of membership: a member
 * whose leaving date is today is still a member today and is gone tomorrow. SPEC §3.1 gives members
 * "join and leave dates" without a boundary; we read it as Swedish agreements write withdrawal
 * ("utträde per den 31 december"): the dates people enter are period ends (2026-06-30, 2026-12-31),
 * and a member leaving on 31 December still shares that year's costs, whose reference day is 31 December.
 * A joining date is the first day of membership.
 *
 * Dates are ISO strings (YYYY-MM-DD), so they compare as text; "today" is always the Swedish date
 * (`today()` in src/server/clock.ts, `todayInSweden()` in the web), passed in, never the database server's `current_date`.
 */

export interface MembershipDates {
  joinedOn: string
  leftOn: string | null
}

/** Whether the member has left by `date`: its last day lies before it. */
export const hasLeftBy = (member: Pick<MembershipDates, 'leftOn'>, date: string): boolean => member.leftOn !== null && member.leftOn < date

/** Whether the member belongs to the collaboration on `date`: joined on or before it, and not yet left. */
export const isMemberOn = (member: MembershipDates, date: string): boolean => member.joinedOn <= date && !hasLeftBy(member, date)

/**
 * Taking part in an initiative is another concept with its own boundary: a participation's `left_on` is the
 * day of the gate at which the member declined, and "costs from then on are split among those that remain"
 * (SPEC §3.3), so it is the FIRST day outside. A participant takes part on `date` from its joining day until
 * the day before it left.
 */
export const takesPartOn = (participation: { joinedOn: string | null; leftOn: string | null }, date: string): boolean =>
  participation.joinedOn !== null && participation.joinedOn <= date && (participation.leftOn === null || participation.leftOn > date)
