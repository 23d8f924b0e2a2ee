import { definePolicy } from '../../server/http/access'

export const systemPolicy = definePolicy('system', {
  health: { scope: 'public' },
  apiDescription: { scope: 'public' },
})
