/**
 * The modules' layers (npm run lint): the dependencies between the folders of src/modules form no cycle.
 * Only the modules themselves are cruised, so a path through infrastructure (src/server/app.ts registers
 * every module) does not count; infrastructure importing a module is refused by .dependency-cruiser.cjs.
 *
 * The layers today, lowest first (a module uses only modules in lower layers):
 *   events            (the domain-event outbox and its runner: imports no module; subscribers are registered by the app)
 *   audit, registry, system
 *   accessibility, attachments, auth, members
 *   governance, sso, users
 *   duties            (Att göra: the duty contract and each person's list; the app passes in the modules' duty sources)
 *   notifications     (the bell, reminders and digests from everyone's duties: uses duties and events; the app passes the sources)
 *   processes
 *   collaborations, initiatives
 *   cases, decisions
 *   risks             (each initiative's risk register: reads initiatives and members, raises disagreements through governance, offers duties)
 *   meetings          (records the body decisions of its §§; decisions gets the §§ as a port the app wires in)
 *   finance
 *   benefits          (effects, indicators and members' figures: uses initiatives and finance; initiatives gets baselines as a port the app wires in)
 *   planning
 *   decision-basis    (an initiative gate's beslutsunderlag: reads initiatives, finance, cases and meetings through their indexes; benefits and risks through their indexes)
 *   dashboard, calendar  (the collaboration's overview; each person's iCal feed: read meetings, initiatives, planning, finance and duties through their indexes)
 *   demo              (the seeder: may use every module, through their indexes)
 *   setup
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
