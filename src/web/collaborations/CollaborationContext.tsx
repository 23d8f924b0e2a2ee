import { createContext, useContext } from 'react'
import type { Permission, SessionRole } from '../api/types'
import type { Collaboration } from '../../modules/collaborations/collaborations.schema'

export interface CurrentCollaboration {
  collaboration: Collaboration
  permissions: Permission[]
  /** The signed-in user's roles in this collaboration. */
  myRoles: SessionRole[]
}

export const CollaborationContext = createContext<CurrentCollaboration | null>(null)

/** The collaboration of the page being shown (provided by CollaborationArea). */
export function useCurrentCollaboration(): CurrentCollaboration {
  const current = useContext(CollaborationContext)
  if (!current) throw new Error('useCurrentCollaboration outside a collaboration page')
  return current
}
