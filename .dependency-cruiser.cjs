/**
 * Module contracts (npm run lint). Each folder in src/modules is a module; other code may use a module only
 * through its index.ts, and the modules' dependencies form no cycle. src/server and src/shared are
 * infrastructure: they import no module, except the composition roots that register the modules.
 */
const notIndex = '/(?!index\\.ts$)[^/]+$'
// Each module's error texts (<module>.texts.ts), which src/server/http/messages.ts joins into the one catalogue of codes.
const texts = ['^src/modules/[^/]+/[^/]+\\.texts\\.ts$']
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
      from: { path: '^(tests|bench|scripts|src/server|src/shared)/', pathNot: ['^src/server/app\\.ts$'] },
      to: { path: `^src/modules/[^/]+${notIndex}`, pathNot: texts },
    },
    {
      name: 'app-registers-routes',
      comment:
        "The app registers each module's routes plugin (<module>/*.routes.ts) and otherwise uses a module through its index.ts. " +
        'The indexes leave the routes out, so that using a module does not load its routes (nor register its policy early).',
      severity: 'error',
      from: { path: '^src/server/app\\.ts$' },
      to: { path: `^src/modules/[^/]+${notIndex}`, pathNot: ['^src/modules/[^/]+/[^/]+\\.routes\\.ts$'] },
    },
    {
      name: 'infrastructure-imports-no-module',
      comment:
        'src/server and src/shared are below every module. Exceptions: the composition roots (app.ts registers the routes and wires ' +
        'modules into each other, main.ts seeds and imports reference data), the restore (it verifies the audit chain it restored) and tests.',
      severity: 'error',
      from: { path: '^src/(server|shared)/', pathNot: ['^src/server/(app|main)\\.ts$', '^src/server/db/backup\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/modules/', pathNot: texts },
    },
    {
      name: 'no-file-cycle',
      comment: 'No import cycle between files either (a cycle only through type imports is none at run time).',
      severity: 'error',
      from: { path: '^src/(modules|server|shared)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
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
