import { definePolicy, everyRole } from '../../server/http/access'

export const processesPolicy = definePolicy('processes', {
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Copying a model and saving a new version of it. */
  change: { scope: 'collaboration', roles: ['coordinator'] },
})
