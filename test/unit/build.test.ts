/**
 * The build refuses a bundle that Apps Script could not run: module syntax, Node or browser
 * globals, and syntax newer than ES2020 (private #fields, static class fields).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const BUILD = path.resolve(__dirname, '../../src/tooling/build.mjs');

function check(source: string): string[] {
  const script = `import(${JSON.stringify(BUILD)}).then((m) => process.stdout.write(JSON.stringify(m.checkAppsScriptSource(process.argv[1]))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, source], { encoding: 'utf8' }));
}

test('plain ES2020 script code with Apps Script services passes', () => {
  expect(
    check('var X = (() => { const s = SpreadsheetApp.getActive(); return { s, g: globalThis }; })();'),
  ).toEqual([]);
});

test('module syntax is refused', () => {
  expect(check('export function onOpen() {}')[0]).toMatch(/not parseable as an ES2020 script/);
  expect(check('import x from "y";')[0]).toMatch(/not parseable/);
});

test('syntax newer than ES2020 is refused', () => {
  expect(check('class A { #secret = 1; }')[0]).toMatch(/not parseable/);
  expect(check('class A { static count = 0; }')[0]).toMatch(/not parseable/);
});

test('Node and browser globals are refused, property names and local declarations are not', () => {
  expect(check('var fs = require("fs");')).toEqual([expect.stringMatching(/"require" at line 1/)]);
  expect(check('setTimeout(function () {}, 10);')).toEqual([expect.stringMatching(/"setTimeout"/)]);
  expect(check('var n = process.env.HOME;')).toEqual([expect.stringMatching(/"process"/)]);
  expect(check('var o = { require: 1, process: 2 }; o.require = o.process;')).toEqual([]);
  expect(check('function f(module) { return module; }')).toEqual([]);
  expect(check('function f(m) { return module.exports; }')).toEqual([expect.stringMatching(/"module"/)]);
  expect(check('var module = 1; module + 1;')).toEqual([]);
});
