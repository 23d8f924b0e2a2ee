import { definePolicy } from '../../server/http/access'

export const ssoPolicy = definePolicy('sso', {
  /** The login page asks which providers to offer before anyone is signed in. */
  loginOptions: { scope: 'public' },
  startLogin: { scope: 'public' },
  finishLogin: { scope: 'public' },
  listProviders: { scope: 'admin' },
  listMemberChoices: { scope: 'admin' },
  createProvider: { scope: 'admin' },
  updateProvider: { scope: 'admin' },
  deleteProvider: { scope: 'admin' },
})
