// Layer boundaries, shared by eslint.config.js and the test that proves a violating import fails lint.
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'fetch',
  'WebSocket',
];
const nodeGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'global'];

// Exact names: a pattern like 'domain' would also match our own shared/domain folder.
const noNodePaths = nodeBuiltins.map((name) => ({
  name,
  message: 'This layer must not import Node built-ins.',
}));
const noElectron = {
  regex: '^electron(/|$)',
  message: 'Only the Electron glue (electron/main, electron/preload) may import electron.',
};

export const layerRules = [
  {
    name: 'dialdeck/layer-shared',
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNodePaths,
          patterns: [
            noElectron,
            {
              regex: '(^|/)(electron|renderer)/',
              message:
                'shared/ is the bottom layer: it imports nothing from electron/ or renderer/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...browserGlobals, ...nodeGlobals].map((name) => ({
          name,
          message: 'shared/ runs everywhere: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    name: 'dialdeck/layer-core',
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            {
              regex: '(^|/)(main|preload)/',
              message: 'The core must not depend on the Electron glue.',
            },
            {
              regex: '(^|/)renderer/',
              message: 'The core must not import the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'dialdeck/layer-renderer',
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNodePaths,
          patterns: [
            noElectron,
            {
              regex: '(^|/)electron/',
              message:
                'The renderer talks to the main process only through the bridge in shared/ipc.',
            },
          ],
        },
      ],
    },
  },
];
