import { fillDocument } from '../../../../src/documents/template';
import type { TemplateData } from '../../../../src/documents/template';
import { FakeDocumentApp } from '../../../../src/offline/services/document';
import { CallCounter, Emulator } from '../../../../src/offline/services/emulation';

type Doc = GoogleAppsScript.Document.Document;

/** A DocumentApp behind the counting proxies, as the bundle sees it. */
function setup() {
  const calls = new CallCounter();
  const emulator = new Emulator(calls, { Date, Error });
  const app = emulator.wrap(new FakeDocumentApp()) as unknown as GoogleAppsScript.Document.DocumentApp;
  return { app, calls };
}

function texts(doc: Doc): string[] {
  const body = doc.getBody();
  const out: string[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    const type = String(child.getType());
    if (type === 'TABLE') {
      const table = child.asTable();
      for (let r = 0; r < table.getNumRows(); r++)
        out.push(`| ${table.getRow(r).getText().replace(/\t/g, ' | ')} |`);
    } else
      out.push(type === 'LIST_ITEM' ? `* ${child.asListItem().getText()}` : child.asParagraph().getText());
  }
  return out;
}

function docWith(app: GoogleAppsScript.Document.DocumentApp, lines: (string | string[][])[]): Doc {
  const doc = app.create('Template');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText(String(lines[0]));
  for (const line of lines.slice(1)) {
    if (Array.isArray(line)) body.appendTable(line);
    else if (line.startsWith('* ')) body.appendListItem(line.slice(2));
    else body.appendParagraph(line);
  }
  return doc;
}

describe('template engine: placeholders', () => {
  test('fills fields and dotted paths, and counts replacements', () => {
    const { app } = setup();
    const doc = docWith(app, ['Minutes of {{meeting.Title}}', 'Held in {{ Location }} on {{Date}}']);
    const result = fillDocument(doc, {
      meeting: { Title: 'Partnership Meeting' },
      Location: 'Battambang',
      Date: new Date('2017-09-28T02:00:00Z'),
    });
    expect(texts(doc)).toEqual(['Minutes of Partnership Meeting', 'Held in Battambang on 28 September 2017']);
    expect(result).toEqual({ problems: [], replaced: 3 });
  });

  test('inserts values literally: $, backslashes, {{ in data, regex characters and Khmer', () => {
    const { app } = setup();
    const tricky = ['$1,200 (USD)', 'C:\\new\\$&', '$1 and $$', '{{Other}}', '( ) [ ] .* ^$ |', 'កិច្ចប្រជុំ ១២'];
    const doc = docWith(
      app,
      tricky.map((_, i) => `v${i}: {{V${i}}} end`),
    );
    const data: TemplateData = Object.fromEntries(tricky.map((value, i) => [`V${i}`, value]));
    data.Other = 'WRONG';
    const result = fillDocument(doc, data);
    expect(texts(doc)).toEqual(tricky.map((value, i) => `v${i}: ${value} end`));
    expect(result.problems).toEqual([]);
  });

  test('keeps the formatting of a tag split across runs with different formatting', () => {
    const { app } = setup();
    const doc = docWith(app, ['Name: {{Name}}!']);
    const text = doc.getBody().getChild(0).asParagraph().editAsText();
    text.setBold(6, 9, true); // '{{Na' bold, 'me}}!' not
    fillDocument(doc, { Name: 'Sokha' });
    expect(text.getText()).toBe('Name: Sokha!');
    expect(text.isBold(6)).toBe(true);
    expect(text.isBold(0)).toBeFalsy();
  });

  test('leaves unknown fields visible and reports them with their place', () => {
    const { app } = setup();
    const doc = docWith(app, ['Intro', 'Hello {{Nobody}}', [['a', '{{Missing.Part}}']]]);
    const result = fillDocument(doc, { Missing: { Other: 1 } });
    expect(texts(doc)).toEqual(['Intro', 'Hello {{Nobody}}', '| a | {{Missing.Part}} |']);
    expect(result.problems).toEqual([
      {
        code: 'template-unknown-field',
        tag: '{{Nobody}}',
        place: 'body paragraph 2',
        message: expect.stringContaining('unknown field'),
        i18n: { key: 'template.unknownTag', params: { name: 'Nobody' } },
      },
      {
        code: 'template-unknown-field',
        tag: '{{Missing.Part}}',
        place: 'body table 1 row 1 cell 2',
        message: expect.stringContaining('unknown'),
        i18n: { key: 'template.unknownTag', params: { name: 'Missing.Part' } },
      },
    ]);
  });

  test('reports unbalanced section tags', () => {
    const { app } = setup();
    const doc = docWith(app, ['{{#Items}}', 'text', 'a {{/Other}} b']);
    const result = fillDocument(doc, { Items: ['x'], Other: 'y' });
    expect(result.problems.map((p) => `${p.code} ${p.tag} @ ${p.place}`)).toEqual([
      'template-unclosed-section {{#Items}} @ body paragraph 1',
      'template-unopened-close {{/Other}} @ body paragraph 3',
    ]);
    expect(texts(doc)).toContain('{{#Items}}');
    // A lone opening tag with no close at all is reported too.
    const lone = docWith(app, ['x {{#Items}} y']);
    expect(fillDocument(lone, { Items: ['a'] }).problems[0].message).toContain('without a closing');
  });
});

describe('template engine: sections', () => {
  test('repeats a table row, tags in different cells, with outer scopes and {{.}}', () => {
    const { app } = setup();
    const doc = docWith(app, [
      'Attendance',
      [
        ['Name', 'Organisation'],
        ['{{#People}}{{Name}}', '{{Org}} ({{Project}}){{/People}}'],
        ['Total', '{{Total}}'],
      ],
    ]);
    fillDocument(doc, {
      Project: 'P1',
      Total: 2,
      People: [
        { Name: 'Dara', Org: 'CBO A' },
        { Name: 'Srey', Org: '$1 (B)' },
      ],
    });
    expect(texts(doc)).toEqual([
      'Attendance',
      '| Name | Organisation |',
      '| Dara | CBO A (P1) |',
      '| Srey | $1 (B) (P1) |',
      '| Total | 2 |',
    ]);
  });

  test('an empty list removes the repeated row', () => {
    const { app } = setup();
    const doc = docWith(app, ['x', [['H'], ['{{#Rows}}{{.}}{{/Rows}} ']]]);
    // Here open and close are in one paragraph: an inline loop inside the row.
    fillDocument(doc, { Rows: ['a', 'b'] });
    expect(texts(doc)).toEqual(['x', '| H |', '| ab  |']);
    const rows = docWith(app, [
      'x',
      [
        ['H', ''],
        ['{{#Rows}}{{.}}', '{{/Rows}}'],
      ],
    ]);
    fillDocument(rows, { Rows: [] });
    expect(texts(rows)).toEqual(['x', '| H |  |']);
  });

  test('repeats a block of paragraphs and list items, keeping one list', () => {
    const { app } = setup();
    const doc = docWith(app, [
      'Agenda',
      '{{#Sessions}}',
      '{{Title}} – by {{By}}',
      '* {{Note}}',
      '{{/Sessions}}',
      'End',
    ]);
    const result = fillDocument(doc, {
      Sessions: [
        { Title: 'Welcome', By: 'Mr. A', Note: 'n1' },
        { Title: 'Review', By: 'Ms. B', Note: 'n2' },
      ],
    });
    expect(texts(doc)).toEqual(['Agenda', 'Welcome – by Mr. A', '* n1', 'Review – by Ms. B', '* n2', 'End']);
    const body = doc.getBody();
    expect(body.getChild(2).asListItem().getListId()).toBe(body.getChild(4).asListItem().getListId());
    expect(result.problems).toEqual([]);
  });

  test('a block at the end of the body leaves an empty last paragraph', () => {
    const { app } = setup();
    const doc = docWith(app, ['Start', '{{#Items}}', '{{.}}', '{{/Items}}']);
    fillDocument(doc, { Items: ['one', 'two'] });
    expect(texts(doc)).toEqual(['Start', 'one', 'two', '']);
  });

  test('# shows a block only when the value is not blank, ^ only when blank', () => {
    const { app } = setup();
    const doc = docWith(app, [
      'a',
      '{{#Venue}}',
      'Venue: {{Venue}}',
      '{{/Venue}}',
      '{{^Venue}}',
      'No venue',
      '{{/Venue}}',
      '{{^Annexes}}',
      'No annexes',
      '{{/Annexes}}',
      'inline {{#Flag}}shown{{/Flag}}{{^Flag}}hidden{{/Flag}} {{#Empty}}x{{/Empty}}end',
    ]);
    fillDocument(doc, { Venue: '  ', Annexes: [], Flag: true, Empty: '' });
    expect(texts(doc)).toEqual(['a', 'No venue', 'No annexes', 'inline shown end']);
    const shown = docWith(app, ['{{#Venue}}', 'Venue: {{Venue}}', '{{/Venue}}', 'z']);
    fillDocument(shown, { Venue: 'Pursat' });
    expect(texts(shown)).toEqual(['Venue: Pursat', 'z']);
  });

  test('a block loop containing a table-row loop (nested)', () => {
    const { app } = setup();
    const doc = docWith(app, [
      'Groups',
      '{{#Groups}}',
      'Group {{Name}}',
      [
        ['Member', 'Role'],
        ['{{#Members}}{{Name}}', '{{Role}} of {{Group}}{{/Members}}'],
      ],
      '{{/Groups}}',
      'End',
    ]);
    const result = fillDocument(doc, {
      Groups: [
        { Name: 'G1', Group: 'G1', Members: [{ Name: 'A', Role: 'lead' }] },
        {
          Name: 'G2',
          Group: 'G2',
          Members: [
            { Name: 'B', Role: 'note' },
            { Name: 'C', Role: 'mc' },
          ],
        },
      ],
    });
    expect(texts(doc)).toEqual([
      'Groups',
      'Group G1',
      '| Member | Role |',
      '| A | lead of G1 |',
      'Group G2',
      '| Member | Role |',
      '| B | note of G2 |',
      '| C | mc of G2 |',
      'End',
    ]);
    expect(result.problems).toEqual([]);
  });

  test('unknown section names are reported with the item they were in', () => {
    const { app } = setup();
    const doc = docWith(app, ['{{#Items}}', '{{Nope}}', '{{/Items}}', 'z']);
    const result = fillDocument(doc, { Items: [{ A: 1 }, { A: 2 }] });
    expect(result.problems.map((p) => p.place)).toEqual([
      'body paragraph 2 (Items item 1)',
      'body paragraph 2 (Items item 2)',
    ]);
  });
});

describe('template engine: multi-line values', () => {
  test('a paragraph that is only the tag becomes one paragraph or list item per line', () => {
    const { app } = setup();
    const doc = docWith(app, ['Objectives', '* {{Objectives}}', 'Notes', '{{Notes}}', 'Inline: {{Notes}}.']);
    fillDocument(doc, { Objectives: 'Share results\n\nAgree on plans\nសួស្តី', Notes: ['one', 'two'] });
    expect(texts(doc)).toEqual([
      'Objectives',
      '* Share results',
      '* Agree on plans',
      '* សួស្តី',
      'Notes',
      'one',
      'two',
      'Inline: one\rtwo.',
    ]);
    const body = doc.getBody();
    expect(body.getChild(1).asListItem().getListId()).toBe(body.getChild(3).asListItem().getListId());
  });
});

describe('template engine: headers and footers', () => {
  test('fills the header and the footer', () => {
    const { app } = setup();
    const doc = docWith(app, ['Body {{A}}']);
    doc.addHeader().appendParagraph('Header {{A}}');
    doc.addFooter().appendParagraph('Footer {{B}} {{C}}');
    const result = fillDocument(doc, { A: 'x', B: 'y' });
    expect(doc.getHeader().getText()).toBe('\nHeader x');
    expect(doc.getFooter().getText()).toBe('\nFooter y {{C}}');
    expect(result.problems).toEqual([
      {
        code: 'template-unknown-field',
        tag: '{{C}}',
        place: 'footer paragraph 2',
        message: expect.any(String),
        i18n: expect.objectContaining({ key: 'template.unknownTag' }),
      },
    ]);
  });
});

describe('template engine: service calls', () => {
  test('grow no faster than the number of repeated items', () => {
    const { app, calls } = setup();
    const measure = (n: number) => {
      const doc = docWith(app, [
        'Title {{T}}',
        '{{#Items}}',
        '* {{Name}} – {{Role}}',
        '{{/Items}}',
        [['Name'], ['{{#Items}}{{Name}}', '{{Role}}{{/Items}}']],
        'End',
      ]);
      const items = Array.from({ length: n }, (_, i) => ({ Name: `P${i}`, Role: 'r' }));
      calls.reset();
      fillDocument(doc, { T: 't', Items: items });
      return calls.total();
    };
    const small = measure(30);
    const large = measure(300);
    expect(small).toBeGreaterThan(30);
    expect(large / small).toBeLessThanOrEqual(10.5);
    // Per item: a list item (copy, setText, insert) and a row (copy, insert, one setText per cell).
    expect((large - small) / 270).toBeLessThanOrEqual(7);
  });
});

describe('template engine: tags as people type them', () => {
  test('closing tags match their section case-insensitively, like fields', () => {
    const { app } = setup();
    const doc = docWith(app, ['{{#Items}}', '* {{Text}}', '{{/items}}', 'after']);
    const result = fillDocument(doc, { Items: [{ Text: 'one' }, { Text: 'two' }] });
    expect(texts(doc)).toEqual(['* one', '* two', 'after']);
    expect(result.problems).toEqual([]);
  });

  test('non-breaking spaces and curly quotes inside a tag are tolerated', () => {
    const { app } = setup();
    const doc = docWith(app, [
      'Held by {{ Meeting\u00a0ID }} in {{\u00a0Location\u00a0}}',
      '{{#Has\u00a0objectives}}yes{{/has objectives}}',
    ]);
    const result = fillDocument(doc, { 'Meeting ID': 'M-1', Location: 'Takeo', 'Has objectives': true });
    expect(texts(doc)).toEqual(['Held by M-1 in Takeo', 'yes']);
    expect(result.problems).toEqual([]);
  });
});
