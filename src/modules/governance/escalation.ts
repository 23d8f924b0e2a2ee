import type { BodyNode } from './governance.model'

/** The bodies a disagreement passes through from `startId` upwards, the start included. */
export function escalationChain(bodies: BodyNode[], startId: string): BodyNode[] {
  const byId = new Map(bodies.map((body) => [body.id, body]))
  const chain: BodyNode[] = []
  const seen = new Set<string>()
  for (let body = byId.get(startId); body && !seen.has(body.id); body = body.escalatesToBodyId ? byId.get(body.escalatesToBodyId) : undefined) {
    seen.add(body.id)
    chain.push(body)
  }
  return chain
}

/**
 * If `bodyId` escalated to `parentId`, would the chain come back to `bodyId`? Returns the bodies of
 * the loop (starting and ending with `bodyId`) so the error can name them, or null when it is fine.
 */
export function escalationCycle(bodies: BodyNode[], bodyId: string, parentId: string | null): BodyNode[] | null {
  if (!parentId) return null
  const changed = bodies.map((body) => (body.id === bodyId ? { ...body, escalatesToBodyId: parentId } : body))
  const chain = escalationChain(changed, parentId)
  const at = chain.findIndex((body) => body.id === bodyId)
  if (at === -1) return null
  return [changed.find((body) => body.id === bodyId)!, ...chain.slice(0, at + 1)]
}
