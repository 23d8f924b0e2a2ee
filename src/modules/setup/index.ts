/** The contract of the setup module (the first administrator of a new installation): the only file other modules, the server and the tests import. */
export { createAdministrator, issueSetupLink } from './setup.service'
