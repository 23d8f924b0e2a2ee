import { definePolicy, everyRole } from '../../server/http/access'

export const governancePolicy = definePolicy('governance', {
  /** Everyone in the collaboration reads its governance; the public does where the records are public. */
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Only coordinators change bodies, seats, mandates and decision kinds. */
  change: { scope: 'collaboration', roles: ['coordinator'] },
  raiseDisagreement: { scope: 'collaboration', roles: ['coordinator', 'member_representative', 'body_member', 'secretary', 'project_manager', 'management_lead'] },
  handleDisagreement: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
  /** The advisor is for anyone thinking about a collaboration, before one exists. */
  adviseLegalForm: { scope: 'public' },
})
