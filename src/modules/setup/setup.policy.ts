import { definePolicy } from '../../server/http/access'

// Public by nature: before the first administrator exists nobody can be signed in. The one-time
// token printed at the first start is what proves the right to create that administrator.
export const setupPolicy = definePolicy('setup', {
  status: { scope: 'public' },
  complete: { scope: 'public' },
})
