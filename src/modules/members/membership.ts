/** Who is a member on a Swedish date: the rule itself is in src/shared/membership.ts (the web uses it too); here its SQL form. */
export { hasLeftBy, isMemberOn, takesPartOn, type MembershipDates } from '../../shared/membership'

/**
 * The one SQL form of the rule, `hasLeftBy` negated, on the member row `alias`, the date being a bound parameter
 * (`$2`): every query for the current members (the member list, seats, counts) uses it. Those lists also show a
 * member whose joining date is still ahead, as they always have.
 */
export const notLeftBySql = (alias: string, date: string) => `(${alias}.left_on is null or ${alias}.left_on >= ${date}::date)`
