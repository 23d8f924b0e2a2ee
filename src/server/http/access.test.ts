import { describe, expect, it } from 'vitest'
import { decide, type Actor } from './access'

const user = { id: 'u1', name: 'Kim', email: 'kim@x.se', isAdmin: false, locale: 'sv' as const }
const actor = (grants: Actor['grants'], isAdmin = false): Actor => ({ user: { ...user, isAdmin }, grants })
const memberBound = { scope: 'collaboration', roles: ['coordinator', 'member_representative'], ownMemberOnly: true } as const

describe('deciding access', () => {
  it('tells the anonymous apart from the forbidden', () => {
    expect(decide({ scope: 'signed_in' }, { user: null, grants: [] })).toEqual({ allowed: false, reason: 'unauthenticated' })
    expect(decide({ scope: 'admin' }, actor([]))).toEqual({ allowed: false, reason: 'forbidden' })
    expect(decide({ scope: 'admin' }, actor([], true)).allowed).toBe(true)
  })

  it('counts only roles held in the collaboration asked about', () => {
    const coordinatorElsewhere = actor([{ collaborationId: 'c2', role: 'coordinator', memberId: null }])
    expect(decide({ scope: 'collaboration', roles: ['coordinator'] }, coordinatorElsewhere, 'c1').allowed).toBe(false)
    expect(decide({ scope: 'collaboration', roles: ['coordinator'] }, coordinatorElsewhere, 'c2').allowed).toBe(true)
  })

  it('limits a representative to its members, unless another role of theirs is unrestricted', () => {
    const representative = actor([{ collaborationId: 'c1', role: 'member_representative', memberId: 'kalix' }])
    expect(decide(memberBound, representative, 'c1')).toEqual({ allowed: true, onlyMemberIds: ['kalix'] })
    const alsoCoordinator = actor([...representative.grants, { collaborationId: 'c1', role: 'coordinator', memberId: null }])
    expect(decide(memberBound, alsoCoordinator, 'c1')).toEqual({ allowed: true, onlyMemberIds: null })
    const twoMembers = actor([...representative.grants, { collaborationId: 'c1', role: 'member_representative', memberId: 'lulea' }])
    expect(decide(memberBound, twoMembers, 'c1')).toEqual({ allowed: true, onlyMemberIds: ['kalix', 'lulea'] })
  })
})
