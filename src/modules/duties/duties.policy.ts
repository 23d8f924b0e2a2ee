import { definePolicy } from '../../server/http/access'

export const dutiesPolicy = definePolicy('duties', {
  /** Each person's own list: what they, and the member they act for, owe in the collaborations they hold roles in. */
  mine: { scope: 'signed_in' },
})
