/**
 * docs/templates.md is tried, not just written: every template/output pair and every problem of
 * the page is run through the renderer (src/documents/template/render.ts) with the page's data.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  editedText,
  renderContainer,
  sequentialLabels,
  type RenderContext,
  type TemplateNode,
} from '../../../src/documents/template/render';
import type { TemplateData, TemplateProblemCode } from '../../../src/documents/template/types';

const DOC = fs.readFileSync(path.resolve(__dirname, '../../../docs/templates.md'), 'utf8');

/** The fenced blocks of the page, with their info string. */
const BLOCKS = [...DOC.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ kind: m[1], body: m[2] }));
const DATA = JSON.parse(BLOCKS.find((b) => b.kind === 'json')!.body) as TemplateData;

/** The paragraphs a template (one paragraph per line) becomes, and its problems. */
function render(template: string) {
  const nodes: TemplateNode[] = template
    .split('\n')
    .filter((line) => line !== '')
    .map((text) => ({ type: 'PARAGRAPH', text }));
  const context: RenderContext = { problems: [], replaced: 0 };
  const items = renderContainer(nodes, [DATA], sequentialLabels('body', nodes), context);
  const paragraphs = items.map((item) => (item.clear ? '' : editedText(nodes[item.k], item.edits)));
  while (paragraphs.length && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return { paragraphs: paragraphs.map((p) => p.trimEnd()), problems: context.problems };
}

const PAIRS = BLOCKS.flatMap((block, i) =>
  block.kind === 'template' ? [[block.body, BLOCKS[i + 1]?.kind === 'output' ? BLOCKS[i + 1].body : '']] : [],
);

function tableAfter(line: string): string[][] {
  const lines = DOC.split('\n');
  let i = lines.findIndex((l) => l.startsWith(line));
  while (!lines[i].startsWith('|')) i++;
  const rows: string[][] = [];
  for (; i < lines.length && lines[i].startsWith('|'); i++)
    if (!/^\|\s*-/.test(lines[i]))
      rows.push(
        lines[i]
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim()),
      );
  return rows.slice(1);
}
const PROBLEMS = tableAfter('Each template below, the paragraph it leaves');
const code = (cell: string) => cell.replace(/^`(.*)`$/, '$1');

test('the page has its data, enough examples and every problem code', () => {
  expect(DATA.Title).toBe('Quarterly partner meeting');
  expect(PAIRS.length).toBeGreaterThanOrEqual(12);
  const codes: TemplateProblemCode[] = [
    'template-unknown-field',
    'template-unclosed-section',
    'template-unopened-close',
    'template-bad-value',
  ];
  for (const name of codes) {
    expect(DOC).toContain(`- \`${name}\`:`);
    expect(PROBLEMS.some((row) => code(row[2]) === name)).toBe(true);
  }
});

test.each(PAIRS)('%s', (template, output) => {
  const result = render(template);
  expect(result.problems).toEqual([]);
  expect(result.paragraphs).toEqual(output.split('\n').filter((line) => line !== ''));
});

test.each(PROBLEMS)('%s leaves %s: %s', (template, leaves, problemCode, message) => {
  const result = render(code(template));
  expect(result.paragraphs.join('\n')).toBe(leaves === '(nothing)' ? '' : code(leaves));
  expect(result.problems).toEqual([
    expect.objectContaining({ code: code(problemCode), place: 'body paragraph 1', message }),
  ]);
});

test('every field the page lists is a field the minutes or the report give a template', () => {
  const section = DOC.slice(DOC.indexOf('## The fields of the documents'), DOC.indexOf('The lists of notes'));
  const listed = [...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((name) => !name.includes('/'));
  expect(listed.length).toBeGreaterThan(50);
  const root = path.resolve(__dirname, '../../../src/documents');
  const sources = ['minutes/data.ts', 'report/data.ts', 'blocks-data.ts']
    .map((file) => fs.readFileSync(path.join(root, file), 'utf8'))
    .join('\n');
  const keys = new Set(
    [...sources.matchAll(/(?:^\s+|[{,]\s*)(?:'([^']+)'|([A-Za-z][\w]*)):/gm)].map((m) => m[1] ?? m[2]),
  );
  // Numbered fields are made by groupField, pointsField, periodField, actualField ("Group 1", "Actual 1").
  const numbered = (name: string) =>
    /^(Group|Points|Period|Actual) \d+$/.test(name) &&
    sources.includes(`\`${name.replace(/\d+$/, '${n}')}\``);
  expect(listed.filter((name) => !keys.has(name) && !numbered(name))).toEqual([]);
});
