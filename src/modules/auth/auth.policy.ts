import { definePolicy } from '../../server/http/access'

export const authPolicy = definePolicy('auth', {
  session: { scope: 'public' },
  login: { scope: 'public' },
  logout: { scope: 'public' },
})
