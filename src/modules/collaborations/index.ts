/** The contract of the collaborations module (collaborations (tenants) and their settings): the only file other modules, the server and the tests import. */
export { collaborationHeader, collaborationRecordsPublic } from './collaborations.repository'
export { CreateCollaborationBody } from './collaborations.schema'
export { createCollaboration } from './collaborations.service'
