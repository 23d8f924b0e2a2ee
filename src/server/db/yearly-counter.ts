import type { Queryable } from './database'

/** A counter table that numbers something anew each year per owner: case numbers per collaboration, §§ per body. */
export interface YearlyCounter {
  table: string
  ownerColumn: string
  lastColumn: string
}

/**
 * The next number of the owner's year. The counter row is locked until the transaction ends, so no two
 * transactions take the same number. The names are the caller's constants, never user input.
 */
export async function takeYearlyNumber(tx: Queryable, counter: YearlyCounter, ownerId: string, year: number) {
  const { table, ownerColumn, lastColumn } = counter
  const [row] = await tx.query<{ next: number }>(
    `insert into ${table} (${ownerColumn}, year, ${lastColumn}) values ($1, $2, 1)
     on conflict (${ownerColumn}, year) do update set ${lastColumn} = ${table}.${lastColumn} + 1
     returning ${lastColumn} as next`,
    [ownerId, year],
  )
  return row!.next
}
