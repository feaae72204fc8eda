// Builds the Apps Script project into build/ and the offline tools into build/node/.
// build/Code.js is one IIFE (es2020) plus a generated top-level stub for every export of
// src/index.ts. The build fails if the bundle could not run on Apps Script.
import * as esbuild from 'esbuild';
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'build');
const GLOBAL_NAME = 'CBOTracker';
export const MAX_BUNDLE_BYTES = 300 * 1024;
const NODE_GLOBALS = [
  'require',
  'process',
  'Buffer',
  '__dirname',
  '__filename',
  'module',
  'exports',
  'global',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'queueMicrotask',
  'fetch',
  'window',
  'document',
];

const READABLE = process.argv.includes('--readable');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

/** Parses as Apps Script V8 would (a classic script, ES2020) and looks for Node globals. */
export function checkAppsScriptSource(code) {
  let ast;
  try {
    ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script', locations: true });
  } catch (error) {
    return [`not parseable as an ES2020 script (${error.message})`];
  }
  const problems = [];
  const declared = new Set();
  walk.full(ast, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier') declared.add(node.id.name);
    if (node.type === 'FunctionDeclaration' && node.id) declared.add(node.id.name);
    if (/Function/.test(node.type)) {
      for (const param of node.params) if (param.type === 'Identifier') declared.add(param.name);
    }
  });
  walk.ancestor(ast, {
    Identifier(node, _state, ancestors) {
      if (!NODE_GLOBALS.includes(node.name) || declared.has(node.name)) return;
      const parent = ancestors[ancestors.length - 2];
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
      if (parent?.type === 'Property' && parent.key === node && !parent.computed) return;
      if (parent?.type === 'MethodDefinition' && parent.key === node) return;
      problems.push(`uses the Node/browser global "${node.name}" at line ${node.loc.start.line}`);
    },
  });
  return problems;
}

/** The esbuild options of build/Code.js (src/tooling/bundle-size.mjs measures the same build). */
export function appsScriptBuildOptions() {
  return {
    entryPoints: [path.join(root, 'src/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    // Apps Script parses the whole project on every menu click and trigger: the pushed bundle is
    // minified to stay under the 300 KB load budget. Function and class names are not kept
    // (esbuild's keepNames costs about 12 KB, 4% of the budget): a stack trace from the pushed
    // bundle names minified functions, so to debug in the script editor push the readable build.
    // `npm run build -- --readable` writes an unminified bundle for debugging in the script editor.
    minify: !READABLE,
    keepNames: false,
    legalComments: 'none',
    write: false,
    tsconfig: path.join(root, 'tsconfig.json'),
    define: { __CBO_TRACKER_VERSION__: JSON.stringify(pkg.version) },
    // The catalogue packed (src/i18n/packing.ts): the readable build keeps the modules as written.
    plugins: READABLE ? [] : [packedCataloguePlugin()],
    logLevel: 'warning',
  };
}

const CATALOGUE_DIR = path.join(root, 'src/i18n/catalogue');
/** Catalogue modules the Apps Script bundle does not carry (see src/i18n/messages.ts). */
const NOT_BUNDLED = ['sidebar.ts', 'cli.ts'];

/** The exports of a pure module of src/, bundled and run in an empty context. */
async function evaluateModule(file) {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    format: 'iife',
    globalName: 'module_',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return vm.runInNewContext(`${result.outputFiles[0].text}\nmodule_;`);
}

/**
 * An esbuild plugin that replaces each module of src/i18n/catalogue that Code.js carries by its
 * packed form: every export (a record of { en, km } messages) becomes
 * `unpackMessages(ALPHABET, { keys, en, km })` (src/i18n/packing.ts), which rebuilds the same
 * record when the bundle loads. The alphabet (the Khmer letters written as one ASCII character
 * each) is made once from all those modules and shared by them. It saves 40% of the catalogue's bytes.
 */
export function packedCataloguePlugin() {
  let prepared;
  const prepare = async () => {
    const { alphabetOf, packMessages } = await evaluateModule(path.join(root, 'src/i18n/packing.ts'));
    const modules = new Map();
    const names = fs.readdirSync(CATALOGUE_DIR).filter((n) => n.endsWith('.ts') && !NOT_BUNDLED.includes(n));
    for (const name of names.sort()) {
      const file = path.join(CATALOGUE_DIR, name);
      modules.set(file, { ...(await evaluateModule(file)) });
    }
    const all = Object.assign({}, ...[...modules.values()].flatMap((exports) => Object.values(exports)));
    return { alphabet: alphabetOf(all), packMessages, modules };
  };
  return {
    name: 'packed-catalogue',
    setup(build) {
      build.onResolve({ filter: /^packed-catalogue:alphabet$/ }, () => ({
        path: 'alphabet',
        namespace: 'packed-catalogue',
      }));
      build.onLoad({ filter: /.*/, namespace: 'packed-catalogue' }, async () => {
        const { alphabet } = await (prepared ??= prepare());
        return { contents: `export const ALPHABET = ${JSON.stringify(alphabet)};`, loader: 'js' };
      });
      build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]catalogue[\\/][^\\/]+\.ts$/ }, async (args) => {
        const { alphabet, packMessages, modules } = await (prepared ??= prepare());
        const exports = modules.get(path.resolve(args.path));
        if (!exports) return undefined;
        const lines = [
          `import { unpackMessages } from ${JSON.stringify(path.join(root, 'src/i18n/packing.ts'))};`,
          `import { ALPHABET } from 'packed-catalogue:alphabet';`,
        ];
        for (const [name, messages] of Object.entries(exports)) {
          const packed = JSON.stringify(packMessages(messages, alphabet));
          lines.push(`export const ${name} = /* @__PURE__ */ unpackMessages(ALPHABET, ${packed});`);
        }
        return { contents: lines.join('\n'), loader: 'js', resolveDir: CATALOGUE_DIR };
      });
    },
  };
}

async function buildAppsScript() {
  const result = await esbuild.build(appsScriptBuildOptions());
  const iife = result.outputFiles[0].text;

  // Load the IIFE in an empty context: this lists the entry points and proves that nothing
  // touches an Apps Script service (or anything else) while the bundle loads.
  const context = vm.createContext({});
  let exportsObject;
  try {
    exportsObject = vm.runInContext(`${iife}\n${GLOBAL_NAME};`, context, { filename: 'Code.js' });
  } catch (error) {
    fail(`the bundle throws while loading (${error.message}); nothing may run at load time`);
  }
  const entryPoints = Object.keys(exportsObject).filter((name) => typeof exportsObject[name] === 'function');
  if (!entryPoints.includes('onOpen')) fail('src/index.ts must export onOpen');

  const stubs = entryPoints
    .sort()
    .map((name) => `function ${name}(...args) {\n  return ${GLOBAL_NAME}.${name}(...args);\n}`)
    .join('\n\n');
  const header = `// CBO Tracker ${pkg.version}. Generated by src/tooling/build.mjs from src/: do not edit.\n`;
  const code = `${header}${iife}\n// Entry points: menus, triggers and google.script.run call these.\n${stubs}\n`;

  const problems = checkAppsScriptSource(code);
  if (/^\s*(import|export)\s/m.test(code)) problems.push('contains module syntax (import/export)');
  if (problems.length) fail(`build/Code.js cannot run on Apps Script:\n- ${problems.join('\n- ')}`);
  const bytes = Buffer.byteLength(code);
  // The budget is the pushed (minified) bundle's; the readable build is for debugging only.
  if (bytes > MAX_BUNDLE_BYTES && !READABLE)
    fail(`build/Code.js is ${(bytes / 1024).toFixed(1)} KB; keep it under 300 KB`);
  if (READABLE)
    console.warn(
      `build/Code.js is the readable build (${(bytes / 1024).toFixed(1)} KB): for debugging, not the budget`,
    );

  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'Code.js'), code);
  await copyHtmlFiles();
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(out, 'appsscript.json'));
  return { bytes, entryPoints };
}

/** The sidebar's Apps Script HTML files (src/sidebar/*.html), copied beside Code.js for clasp. */
const HTML_DIR = path.join(root, 'src/sidebar');

/** Anything that would load from outside the page (the sandbox's CSP and offline use forbid it). */
export function externalReferences(html) {
  const found = [];
  const patterns = [
    /<(?:script|img|iframe|link|source|audio|video)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//gi,
    /@import\b/gi,
    /url\(\s*["']?\s*(?:https?:)?\/\//gi,
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.push(match[0]);
  return found;
}

/**
 * The sidebar's words (src/i18n/catalogue/sidebar.ts, English and Khmer) as an Apps Script HTML file
 * of their own, SidebarWords.html, which Sidebar.html includes: only the page uses them, so Code.js
 * (parsed on every menu click and trigger) does not carry them.
 */
export const SIDEBAR_WORDS_FILE = 'SidebarWords';

export async function sidebarWordsHtml() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/i18n/catalogue/sidebar.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'words',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const { SIDEBAR_MESSAGES } = vm.runInNewContext(`${result.outputFiles[0].text}\nwords;`);
  // "<" as \u003c: no text of the catalogue can close the script element.
  const json = JSON.stringify(SIDEBAR_MESSAGES, null, 1).replace(/</g, '\\u003c');
  return (
    `<!-- Generated by src/tooling/build.mjs from src/i18n/catalogue/sidebar.ts: do not edit. -->\n` +
    `<script>\n  window.CBO_SIDEBAR_WORDS = ${json};\n</script>\n`
  );
}

/**
 * The default templates (src/documents/word/default-files.ts) as project HTML files, each holding
 * its .docx in base64: made here once rather than by every execution that needs one.
 */
export async function defaultTemplateHtmlFiles() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/documents/word/default-files.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'templates',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    write: false,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const { defaultTemplateFiles } = vm.runInNewContext(`${result.outputFiles[0].text}\ntemplates;`);
  return Object.entries(defaultTemplateFiles()).map(([name, bytes]) => [
    `${name}.html`,
    Buffer.from(bytes).toString('base64'),
  ]);
}

async function copyHtmlFiles() {
  for (const name of fs.readdirSync(out)) if (name.endsWith('.html')) fs.rmSync(path.join(out, name));
  if (!fs.existsSync(HTML_DIR)) return;
  const files = fs
    .readdirSync(HTML_DIR)
    .filter((n) => n.endsWith('.html'))
    .map((name) => [name, fs.readFileSync(path.join(HTML_DIR, name), 'utf8')]);
  if (files.some(([name]) => name === `${SIDEBAR_WORDS_FILE}.html`))
    fail(`src/sidebar/${SIDEBAR_WORDS_FILE}.html would be overwritten: the build writes that file`);
  files.push([`${SIDEBAR_WORDS_FILE}.html`, await sidebarWordsHtml()]);
  const templates = await defaultTemplateHtmlFiles();
  if (templates.some(([name]) => files.some(([other]) => other === name)))
    fail('a file in src/sidebar has the name of a default template file the build writes');
  files.push(...templates);
  for (const [name, html] of files) {
    const external = externalReferences(html);
    if (external.length) fail(`src/sidebar/${name} loads from outside the page: ${external.join(', ')}`);
    fs.writeFileSync(path.join(out, name), html);
  }
}

async function buildNodeTools() {
  const entries = ['cli', 'bench', 'examples']
    .map((name) => [name, path.join(root, 'src/offline', `${name}.ts`)])
    .filter(([, file]) => fs.existsSync(file));
  await esbuild.build({
    entryPoints: Object.fromEntries(entries),
    outdir: path.join(out, 'node'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    charset: 'utf8',
    sourcemap: 'inline',
    tsconfig: path.join(root, 'src/offline/tsconfig.json'),
    define: { __CBO_TRACKER_VERSION__: JSON.stringify(pkg.version) },
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  const cli = path.join(out, 'node', 'cli.cjs');
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { bytes, entryPoints } = await buildAppsScript();
  await buildNodeTools();
  if (!process.argv.includes('--quiet')) {
    console.error(
      `built build/Code.js (${(bytes / 1024).toFixed(1)} KB, ${entryPoints.length} entry points) and build/node/`,
    );
  }
}
