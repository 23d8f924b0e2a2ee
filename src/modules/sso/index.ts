/** The contract of the sso module (single sign-on and the password-login switch): the only file other modules, the server and the tests import. */
export { passwordLoginSwitch } from './password-login'
