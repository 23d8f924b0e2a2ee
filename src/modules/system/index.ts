/** The contract of the system module (health and the API description): the only file other modules, the server and the tests import. */
export {}
