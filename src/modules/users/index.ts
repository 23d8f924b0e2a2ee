/** The contract of the users module (accounts and roles in collaborations): the only file other modules, the server and the tests import. */
export { insertRoleAssignment, insertUser } from './users.repository'
export { addUserToCollaboration } from './users.service'
