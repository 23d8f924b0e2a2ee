/** The contract of the planning module (annual planning rounds and the adopted plan): the only file other modules, the server and the tests import. */
export { adoptPlan, recordApproval } from './plan.service'
export { RoundDetail } from './planning.schema'
export { createRound, getRound, moveStage, screenProposal, submitBallot, submitProposal, updateRound } from './planning.service'
export { type DatedStage, defaultTimetable, type StageKey, STAGES } from './stages'
export { planningSubscribers } from './notifications.subscribers'
export { ProposalBody, RoundBody } from './planning.schema'
export { openPlanningStages, planningStagesBetween } from './planning.glance'
export { planningDuties } from './planning.duties'
