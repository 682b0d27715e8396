// Lint rules enforce the layers of DESIGN.md: the domain imports nothing, the engine stays pure,
// the UI reaches the engine only through src/client (type imports allowed; src/domain is data and
// may be imported directly), and the worker only exposes the API.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util', 'crypto', 'perf_hooks', 'node:*'];
const uiPatterns = [
  { group: ['**/engine/**', '**/worker/**'], allowTypeImports: true, message: 'The UI reaches the engine only through src/client (type imports are fine).' },
  { group: [...nodeBuiltins, 'comlink'], message: 'The UI runs in the browser and talks to workers through src/client.' },
];
// A view is a leaf: it imports shared UI code (src/ui/draft, levers, run, library, components, …),
// never another view, and nothing outside src/ui/views imports a view (src/ui/views.ts registers them).
const views = readdirSync(new URL('./src/ui/views', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const viewBlocks = views.map((view) => ({
  files: [`src/ui/views/${view}/**/*.{ts,tsx}`],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', {
      patterns: [
        ...uiPatterns,
        { regex: `^\\.\\./(?!\\.)(?!${view}/)`, message: `A view does not import another view: move what ${view} shares to src/ui (draft/, levers/, run/, library/, components/).` },
        { regex: `(^|/)views/(?!${view}/)`, message: `A view does not import another view: move what ${view} shares to src/ui (draft/, levers/, run/, library/, components/).` },
      ],
    }],
  },
}));
const pure = { group: [...nodeBuiltins, 'react', 'react-dom', 'react-dom/*', '@xstate/react', 'comlink', 'd3-selection', 'd3'], message: 'src/engine and models/ are pure: no DOM, React, Comlink or Node imports.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/**', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // src/domain is pure data: it imports nothing, not even zod or xstate, except its own files.
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(?!\\./)', message: 'src/domain imports nothing but its own files (./x).' },
        ],
      }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [pure, { group: ['**/models/**', '**/ui/**', '**/app/**', '**/client/**', '**/worker/**', '**/cli/**'], message: 'The engine is handed its models; it imports nothing above it.' }],
      }],
    },
  },
  {
    files: ['models/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [pure, { group: ['**/src/ui/**', '**/src/app/**', '**/src/client/**', '**/src/worker/**', '**/src/cli/**'], message: 'models/ describes what is simulated; it does not depend on the app.' }],
      }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [...uiPatterns, { group: ['**/views/**'], message: 'Shared UI code does not import a view; only src/ui/views.ts registers them.' }],
      }],
    },
  },
  {
    files: ['src/ui/views.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: uiPatterns }] },
  },
  ...viewBlocks,
  {
    files: ['src/worker/**/*.ts', 'src/client/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: [...nodeBuiltins, 'react', 'react-dom', '**/ui/**', '**/cli/**'], message: 'Workers and the client pool run in the browser, below the UI.' }],
      }],
    },
  },
);
