/** The contract of the accessibility module (reports of accessibility problems): the only file other modules, the server and the tests import. */
export {}
