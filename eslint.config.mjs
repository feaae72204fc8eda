import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Apps Script has no modules, no Node and no timers. */
const NODE_GLOBALS = ['process', 'Buffer', 'require', 'setTimeout', 'setInterval', 'global'];

/** Apps Script services and advanced services: none of them in the pure folders. */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'Drive',
  'Sheets',
  'Docs',
  'PropertiesService',
  'ScriptApp',
  'Session',
  'Utilities',
  'LockService',
  'CacheService',
  'MailApp',
  'GmailApp',
  'HtmlService',
  'Logger',
  'UrlFetchApp',
  'CardService',
  'ContentService',
  'Browser',
  'XmlService',
  'Charts',
];

/** The pure modules: unit-tested directly, no service calls. */
const PURE_FILES = [
  'src/workbook/**/*.ts',
  'src/i18n/**/*.ts',
  'src/indicators/**/*.ts',
  'src/validation/**/*.ts',
  'src/documents/minutes/**/*.ts',
  'src/documents/report/**/*.ts',
  'src/documents/template/**/*.ts',
  'src/documents/plan.ts',
  'src/documents/problems.ts',
  'src/documents/sources.ts',
  'src/documents/text.ts',
  'src/sharing/**/plan.ts',
  'src/sharing/partners/check.ts',
  'src/sharing/partners/merge.ts',
  'src/sharing/changelog/entries.ts',
  'src/sheets/requests.ts',
];

/** The glue files of those folders (the menu entry points and jobs). */
const GLUE_IN_PURE_FOLDERS = [
  'src/indicators/compute-indicators.ts',
  'src/indicators/job.ts',
  'src/validation/validate-data.ts',
  'src/validation/write-marks.ts',
  'src/validation/job.ts',
];

export default tseslint.config(
  { ignores: ['build/**', 'out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/offline/**'],
    rules: {
      // Apps Script has no modules, no Node and no timers.
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
  {
    // Pure logic (rules, filter language, indicator maths, document and request planning) has no
    // service calls: it gets values and returns plans. The Apps Script glue is the only caller.
    files: PURE_FILES,
    ignores: GLUE_IN_PURE_FOLDERS,
    rules: {
      'no-restricted-globals': [
        'error',
        ...NODE_GLOBALS,
        ...APPS_SCRIPT_GLOBALS.map((name) => ({
          name,
          message: `${name} is an Apps Script service: pure modules take values and return plans; call services from the glue (see docs/extending.md).`,
        })),
      ],
    },
  },
  {
    // Apps Script files the runtime's tests run (`cbo-tracker run --code`): V8 scripts whose
    // top-level functions are entry points, over Apps Script's global services.
    files: ['test/fixtures/apps-script/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [...APPS_SCRIPT_GLOBALS, 'Logger', 'console', 'GmailApp', 'UrlFetchApp'].map((name) => [
          name,
          'readonly',
        ]),
      ),
    },
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
  },
);
