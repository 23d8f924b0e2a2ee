import { definePolicy } from '../../server/http/access'

export const demoDataPolicy = definePolicy('demo', {
  count: { scope: 'admin' },
  remove: { scope: 'admin' },
})
