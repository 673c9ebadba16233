/**
 * The import boundaries of the code base, as errors (`npm run lint` runs them; see
 * docs/ARCHITECTURE.md). tests/unit/lint/boundaries.test.ts proves each rule fails when broken.
 */
const FEATURES =
  '(callbacks|campaigns|demo|dialing|dispositions|dnc|floor|kpi|leads|local-presence|queue|scripts|telephony)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes the load order matter and the layers meaningless.',
      from: { path: '^(electron|renderer|shared)/' },
      to: { circular: true },
    },
    {
      name: 'feature-through-its-index',
      severity: 'error',
      comment:
        'A feature is used by others only through its index.ts: what it exports there is its public API; the rest is its own.',
      from: { path: '^electron/(?:core/)?([^/]+)/' },
      to: {
        path: `^electron/core/${FEATURES}/.+`,
        pathNot: ['/index\\.ts$', '^electron/core/$1/'],
      },
    },
    {
      name: 'platform-imports-no-feature',
      severity: 'error',
      comment:
        'The platform (store, log, events, ipc, settings, net) serves every feature and knows none.',
      from: { path: '^electron/core/platform/' },
      to: { path: [`^electron/core/${FEATURES}/`, '^electron/core/app/'] },
    },
    {
      name: 'features-do-not-import-the-app',
      severity: 'error',
      comment:
        'electron/core/app wires the features together; a feature never reaches back into it.',
      from: { path: `^electron/core/${FEATURES}/` },
      to: { path: '^electron/core/app/' },
    },
    {
      name: 'hub-imports-only-the-platform',
      severity: 'error',
      comment:
        "The team hub is a server of its own (electron/hub): it shares the core's platform, never a rep feature. The exceptions, each through its index: the queue's pure policy (the team pool orders leads exactly as a rep's queue does) and the lead importer (a posted or imported team lead passes the one validation every lead passes).",
      from: { path: '^electron/hub/' },
      to: {
        path: '^electron/core/',
        pathNot: [
          '^electron/core/platform/',
          '^electron/core/queue/index\\.ts$',
          '^electron/core/leads/import/index\\.ts$',
        ],
      },
    },
    {
      name: 'test-doubles-live-under-tests',
      severity: 'error',
      comment:
        'Fakes, stubs and memory stand-ins are for tests; the app never ships or imports one.',
      from: { path: '^(electron|renderer|shared)/' },
      to: { path: '(^|/)(fake|fakes|stub|stubs|mock|mocks|memory)[-/.]', pathNot: '^tests/' },
    },
    {
      name: 'app-code-never-imports-tests',
      severity: 'error',
      from: { path: '^(electron|renderer|shared)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(electron|renderer|shared|tests)/',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
