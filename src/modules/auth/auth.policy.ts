import { definePolicy } from '../../server/http/access'

export const authPolicy = definePolicy('auth', {
  session: { scope: 'public' },
  login: { scope: 'public' },
  logout: { scope: 'public' },
  /** The invitation and reset links are the proof: whoever holds one may use it, once. */
  readInvitation: { scope: 'public' },
  acceptInvitation: { scope: 'public' },
  requestPasswordReset: { scope: 'public' },
  completePasswordReset: { scope: 'public' },
  listMySessions: { scope: 'signed_in' },
  endMySession: { scope: 'signed_in' },
  endAllMySessions: { scope: 'signed_in' },
})
