/** The contract of the demo module (the demo data (the seeder)): the only file other modules, the server and the tests import. */
export { DEMO_ADMIN, DEMO_PASSWORD, seedDemo } from './demo.seed'
