/**
 * The modules' layers (npm run lint): the dependencies between the folders of src/modules form no cycle.
 * Only the modules themselves are cruised, so a path through infrastructure (src/server/app.ts registers
 * every module) does not count; infrastructure importing a module is refused by .dependency-cruiser.cjs.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycle',
      comment: 'Modules are layered: a module that another module depends on must not depend back on it, directly or through others.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+$' },
      to: { path: '^src/modules/[^/]+$', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/modules/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
}
