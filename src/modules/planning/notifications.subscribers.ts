import { todayInSweden } from '../../shared/format'
import { defineSubscriber } from '../events'
import { storeCosignRequests, storeStageOpened } from './notifications.repository'

/** A submitted proposal asks the members it invites to co-sign: stored for their representatives' bell. */
const cosignRequests = defineSubscriber({
  name: 'planning.cosign_request_notices',
  types: ['proposal.submitted'],
  async handle(tx, event) {
    if (event.payload.invitedMemberIds.length === 0) return
    await storeCosignRequests(tx, event.payload.proposalId, event.payload.invitedMemberIds, (submittedAt) => todayInSweden(new Date(submittedAt)))
  },
})

/** A stage opened by hand is news that day, whatever its scheduled date. */
const stageOpened = defineSubscriber({
  name: 'planning.stage_opened_notices',
  types: ['planning_round.stage_moved'],
  async handle(tx, event) {
    await storeStageOpened(tx, event.payload.roundId, event.payload.stage, todayInSweden(new Date(event.payload.at)))
  },
})

export const planningSubscribers = [cosignRequests, stageOpened]
