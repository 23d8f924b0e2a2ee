/**
 * Module contracts (npm run lint). Each folder in src/modules is a module; other code may use a module only
 * through its index.ts, and the modules' dependencies form no cycle. src/server and src/shared are
 * infrastructure: they import no module, except the composition roots that register the modules.
 */
const notIndex = '/(?!index\\.ts$)[^/]+$'
module.exports = {
  forbidden: [
    {
      name: 'no-deep-import',
      comment: "Another module is used only through its index.ts (its contract); the module's own files import each other directly.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: `^src/modules/[^/]+${notIndex}`, pathNot: ['^src/modules/$1/'] },
    },
    {
      name: 'no-deep-import-from-outside',
      comment: 'Tests, scripts, benches and the server use a module only through its index.ts.',
      severity: 'error',
      from: { path: '^(tests|bench|scripts|src/server|src/shared)/' },
      to: { path: `^src/modules/[^/]+${notIndex}` },
    },
    {
      name: 'infrastructure-imports-no-module',
      comment: 'src/server and src/shared are below every module; only the composition roots register modules.',
      severity: 'error',
      from: { path: '^src/(server|shared)/', pathNot: ['^src/server/(app|main)\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-file-cycle',
      comment: 'No import cycle between files either.',
      severity: 'error',
      from: { path: '^src/(modules|server|shared)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|coverage|tmp)/' },
    includeOnly: '^(src/(modules|server|shared)|tests|bench|scripts)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
}
