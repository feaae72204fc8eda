/**
 * Fakes are named and typed alike (as gas-fakes does): every class the runtime registers as
 * emulated is called Fake<Class> and is declared `implements Emulates<GoogleAppsScript.X, ...>`, so
 * that tsc checks each emulated method against @types/google-apps-script.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { allEmulatedClasses } from '../../../src/offline/services/registry';

const SERVICES = path.resolve(__dirname, '../../../src/offline/services');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Class name → the names its `implements` clause lists, for every class declared in the services. */
function declaredClasses(): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  for (const file of sourceFiles(SERVICES)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name) {
        const implemented = (node.heritageClauses ?? [])
          .filter((clause) => clause.token === ts.SyntaxKind.ImplementsKeyword)
          .flatMap((clause) => clause.types.map((type) => type.expression.getText(source)));
        classes.set(node.name.text, implemented);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return classes;
}

const DECLARED = declaredClasses();
const EMULATED = allEmulatedClasses().map((fake) => (fake as unknown as { name: string }).name);

test('the check sees the registered classes and their implements clauses', () => {
  expect(EMULATED.length).toBeGreaterThan(40);
  expect(DECLARED.get('FakeRange')).toContain('Emulates');
});

test('every emulated class is named Fake*', () => {
  expect(EMULATED.filter((name) => !/^Fake[A-Z]/.test(name))).toEqual([]);
});

test('every emulated class implements Emulates<...>', () => {
  const missing = EMULATED.filter((name) => !(DECLARED.get(name) ?? []).includes('Emulates'));
  expect(missing).toEqual([]);
});
