import { z } from 'zod'

/** The path parameter of every collaboration-scoped route. */
export const CollaborationParams = z.object({ collaborationId: z.uuid() })
