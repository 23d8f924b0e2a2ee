import { z } from 'zod'

/**
 * Paging of every list: `?page=1&limit=50`, answered with the page's items and the total that matched
 * the filters, so the web can say "51–100 of 2 000" and offer the next page. Lists are ordered by
 * something that ties never (the row's id last), so a page holds the same rows however often it is asked.
 */
export const MAX_PAGE_LIMIT = 200

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(50),
})
export type PageQuery = z.infer<typeof PageQuery>

/** The response of a paged list: its items plus where they sit in the whole. */
export const paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), limit: z.number().int() })
export interface Paged<T> {
  items: T[]
  total: number
  page: number
  limit: number
}

/** SQL `limit`/`offset` for a page. */
export const sqlWindow = (query: PageQuery) => ({ limit: query.limit, offset: (query.page - 1) * query.limit })
