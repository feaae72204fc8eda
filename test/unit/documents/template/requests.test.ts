/**
 * The Docs API request planner, table-driven like docxtemplater's tests: a template (built with
 * the emulated DocumentApp, read as the API's JSON) and data → the expected document. Each case
 * is filled twice: by the planner's requests through the emulated Docs API, and by the
 * DocumentApp fill (fill.ts); both must give the expected text and the same document model.
 */
import { fillDocument } from '../../../../src/documents/template';
import { planFill } from '../../../../src/documents/template/requests';
import type { TemplateData } from '../../../../src/documents/template/types';
import { FakeAdvancedDocs } from '../../../../src/offline/services/docs';
import { FakeDocumentApp, type FakeDocument } from '../../../../src/offline/services/document';
import { documentFromModel, documentToModel } from '../../../../src/offline/services/document/serialize';
import { normalModel } from '../../../support/document-model';

type Body = GoogleAppsScript.Document.Body;

interface Case {
  name: string;
  template: (doc: FakeDocument) => void;
  data: TemplateData;
  /** The body's text (paragraphs by '\n', as Body.getText), or per segment. */
  body: string;
  header?: string;
  footer?: string;
  problems?: string[];
  /** Calls of Documents.batchUpdate (0: nothing to change). */
  rounds?: number;
  /**
   * A repeated list item that does not follow a paragraph of its own list gets a new list through
   * the API (createParagraphBullets joins only the list just before it): the same glyphs and
   * levels, but not the same list (a numbered list would restart). Compared without list IDs.
   */
  ownLists?: boolean;
}

const body = (doc: FakeDocument) => doc.getBody() as unknown as Body;

function paragraph(doc: FakeDocument, text: string) {
  return body(doc).appendParagraph(text);
}

const CASES: Case[] = [
  {
    name: 'values take their tag’s formatting, a tag split across runs of different formatting',
    template: (doc) => {
      const p = body(doc).getChild(0).asParagraph();
      p.setText('Dear {{Name}}, see {{Place}}.');
      p.editAsText().setBold(5, 8, true).setItalic(9, 11, true); // "{{Na" bold, "me}}" italic
    },
    data: { Name: 'Sokha', Place: 'ភ្នំពេញ' },
    body: 'Dear Sokha, see ភ្នំពេញ.',
  },
  {
    name: 'Khmer before and after tags (UTF-16 indexes of combining Khmer)',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('កិច្ចប្រជុំ {{Title}} នៅ {{Location}} ✓');
      paragraph(doc, 'ថ្ងៃទី {{Date}}');
    },
    data: { Title: 'ប្រចាំខែ​កញ្ញា', Location: 'ខេត្តសៀមរាប', Date: '២៨' },
    body: 'កិច្ចប្រជុំ ប្រចាំខែ​កញ្ញា នៅ ខេត្តសៀមរាប ✓\nថ្ងៃទី ២៨',
  },
  {
    name: 'a repeated section of paragraphs: heading, bullet and nested bullet',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('Agenda');
      paragraph(doc, '{{#Sessions}}');
      paragraph(doc, '{{Name}}').setHeading(
        'HEADING2' as unknown as GoogleAppsScript.Document.ParagraphHeading,
      );
      const point = body(doc).appendListItem('{{Point}}');
      point.setSpacingAfter(3).editAsText().setFontSize(10);
      const detail = body(doc).appendListItem('{{Detail}}').setNestingLevel(1);
      detail.setGlyphType('HOLLOW_BULLET' as unknown as GoogleAppsScript.Document.GlyphType);
      paragraph(doc, '{{/Sessions}}');
      paragraph(doc, 'End');
    },
    data: {
      Sessions: [
        { Name: 'Opening', Point: 'Welcome', Detail: 'by the chair' },
        { Name: 'ការងារ', Point: 'Reports', Detail: 'from partners' },
        { Name: 'Close', Point: 'Thanks', Detail: '' },
      ],
    },
    ownLists: true,
    // A list item its tags leave blank (Close has no Detail) is left out: no empty bullet.
    body: 'Agenda\nOpening\nWelcome\nby the chair\nការងារ\nReports\nfrom partners\nClose\nThanks\nEnd',
  },
  {
    name: 'a sole {{Field}} paragraph gives one paragraph per line; blank and inverted sections',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('{{Notes}}');
      paragraph(doc, '{{^Conclusions}}');
      paragraph(doc, 'No conclusions.');
      paragraph(doc, '{{/Conclusions}}');
      paragraph(doc, '{{#Annexes}}');
      paragraph(doc, 'Annexes: {{Annexes}}');
      paragraph(doc, '{{/Annexes}}');
      paragraph(doc, '');
    },
    data: { Notes: 'One\nTwo\n\nThree', Conclusions: '', Annexes: '' },
    body: 'One\nTwo\nThree\nNo conclusions.\n',
  },
  {
    name: 'repeated table rows, rows left out, untagged cells copied, Khmer in cells',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('Attendance');
      const table = body(doc).appendTable([
        ['Name', 'Organisation'],
        ['{{#People}}{{Name}}', '{{Organisation}}{{/People}}'],
        ['{{#Nobody}}{{.}}', 'x{{/Nobody}}'],
        ['Total', '{{Count}}'],
      ]);
      table.getCell(0, 0).editAsText().setBold(true);
      table.getCell(1, 1).setBackgroundColor('#d9e2f3');
      paragraph(doc, 'After');
    },
    data: {
      People: [
        { Name: 'សុខា', Organisation: 'CBO 1' },
        { Name: 'Dara', Organisation: 'CBO 2' },
        { Name: 'Vanna', Organisation: 'ក្រុម' },
      ],
      Nobody: [],
      Count: 3,
    },
    body: 'Attendance\nName\tOrganisation\nសុខា\tCBO 1\nDara\tCBO 2\nVanna\tក្រុម\nTotal\t3\nAfter',
  },
  {
    name: 'a repeated row whose cell list is empty: an empty cell, no empty bullet',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('Group work');
      const table = body(doc).appendTable([['{{#Themes}}{{Theme}}', '']]);
      const cell = table.getCell(0, 1);
      cell.appendListItem('{{Points}}{{/Themes}}');
      cell.removeChild(cell.getChild(0));
      paragraph(doc, '');
    },
    data: {
      Themes: [
        { Theme: 'A', Points: ['p1', 'p2'] },
        { Theme: 'B', Points: [] },
        { Theme: 'C', Points: ['p3'] },
      ],
    },
    body: 'Group work\nA\tp1\np2\nB\t\nC\tp3\n',
    // One list per cell through the API (as for the minutes' group points).
    ownLists: true,
  },
  {
    name: 'a repeated section of two rows: a theme row above its points row, per theme',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('Group work');
      const table = body(doc).appendTable([
        ['{{Group 1}}', '{{Group 2}}'],
        ['{{#Themes}}{{Theme}}', ''],
        ['', ''],
      ]);
      table.getCell(1, 0).editAsText().setBold(true);
      for (const [c, text] of [
        [0, '{{Points 1}}'],
        [1, '{{Points 2}}{{/Themes}}'],
      ] as const) {
        const cell = table.getCell(2, c);
        cell.appendListItem(text).editAsText().setFontSize(10);
        cell.removeChild(cell.getChild(0));
      }
      paragraph(doc, 'After');
    },
    data: {
      'Group 1': 'NGOs',
      'Group 2': 'CBO TWGs',
      Themes: [
        { Theme: 'Good Governance', 'Points 1': ['a', 'b'], 'Points 2': ['c'] },
        { Theme: 'Enabling Environment', 'Points 1': [], 'Points 2': ['d', 'e'] },
        { Theme: 'ការងារ', 'Points 1': ['f'], 'Points 2': [] },
      ],
    },
    body:
      'Group work\nNGOs\tCBO TWGs\nGood Governance\t\na\nb\tc\nEnabling Environment\t\n\td\ne\n' +
      'ការងារ\t\nf\t\nAfter',
    ownLists: true,
  },
  {
    name: 'tags in a link’s address are filled, also in repeated paragraphs and as Docs stores braces',
    template: (doc) => {
      const p = body(doc).getChild(0).asParagraph();
      p.setText('See the minutes of {{Title}}.');
      p.editAsText().setLinkUrl(4, 14, 'https://example.org/minutes/{{Meeting ID}}');
      paragraph(doc, '{{#People}}');
      const person = paragraph(doc, '{{Name}} (profile)');
      person.editAsText().setLinkUrl(10, 16, 'https://example.org/%7B%7BMeeting%20ID%7D%7D/{{Name}}');
      paragraph(doc, '{{/People}}');
      paragraph(doc, 'Unknown').editAsText().setLinkUrl(0, 6, 'https://example.org/{{Venue}}');
    },
    data: { Title: 'ប្រជុំ', 'Meeting ID': 'M-1', People: [{ Name: 'Sok Dara' }, { Name: 'Chan' }] },
    body: 'See the minutes of ប្រជុំ.\nSok Dara (profile)\nChan (profile)\nUnknown',
    problems: ['template-unknown-field'],
  },
  {
    name: 'header and footer (segments of their own)',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('{{Title}}');
      doc.addHeader().getChild(0).asParagraph().setText('CBO Tracker — {{Title}}');
      const footer = doc.addFooter();
      footer.getChild(0).asParagraph().setText('{{#Donors}}{{.}}, {{/Donors}}');
      footer.appendParagraph('{{Organisation}}');
    },
    data: { Title: 'Minutes', Donors: ['BfdW', 'DCA'], Organisation: 'NGO Forum' },
    body: 'Minutes',
    header: 'CBO Tracker — Minutes',
    footer: 'BfdW, DCA, \nNGO Forum',
  },
  {
    name: 'template problems are reported as render.ts reports them, tags left in place',
    template: (doc) => {
      body(doc).getChild(0).asParagraph().setText('{{Unknown}} and {{Group}}');
      paragraph(doc, 'open {{#Items}} never closed');
      paragraph(doc, 'close {{/Other}} alone');
    },
    data: { Group: { A: 1 }, Items: ['x'] },
    body: '{{Unknown}} and {{Group}}\nopen {{#Items}} never closed\nclose {{/Other}} alone',
    problems: [
      'template-unknown-field',
      'template-bad-value',
      'template-unclosed-section',
      'template-unopened-close',
    ],
    rounds: 0,
  },
];

function setup(template: (doc: FakeDocument) => void) {
  const app = new FakeDocumentApp();
  const docs = new FakeAdvancedDocs(() => app);
  const doc = app.create('Template') as FakeDocument;
  template(doc);
  return { app, docs, doc };
}

/** Fills through the planner and the emulated Docs API: one get, at most one batchUpdate. */
function fillByApi(docs: FakeAdvancedDocs, doc: FakeDocument, data: TemplateData) {
  const plan = planFill(docs.Documents.get(doc.getId()), data);
  expect(plan.supported).toBe(true);
  if (plan.requests.length) docs.Documents.batchUpdate({ requests: plan.requests }, doc.getId());
  return { plan, rounds: plan.requests.length ? 1 : 0 };
}

const segmentText = (section: { getText(): string } | null) => section?.getText();

describe('planFill: template JSON + data → the document', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { docs, doc } = setup(c.template);
    const copy = documentFromModel(documentToModel(doc));
    const { plan, rounds } = fillByApi(docs, doc, c.data);
    expect(doc.getBody().getText()).toBe(c.body);
    if (c.header !== undefined) expect(segmentText(doc.getHeader())).toBe(c.header);
    if (c.footer !== undefined) expect(segmentText(doc.getFooter())).toBe(c.footer);
    expect(plan.problems.map((p) => p.code)).toEqual(c.problems ?? []);
    expect(rounds).toBe(c.rounds ?? 1);
    // The DocumentApp fill of the same template makes the same document.
    const filled = fillDocument(copy as unknown as GoogleAppsScript.Document.Document, c.data);
    expect(filled.problems).toEqual(plan.problems);
    const options = { eraseLists: c.ownLists };
    expect(normalModel(documentToModel(doc), options)).toEqual(normalModel(documentToModel(copy), options));
  });

  test('the number of batches does not grow with items; requests are planned from the end backwards', () => {
    const people = (n: number) => ({
      People: Array.from({ length: n }, (_, i) => ({ Name: `P${i}`, Organisation: `O${i}` })),
      Nobody: [],
      Count: n,
    });
    const table = CASES[4];
    for (const n of [2, 40]) {
      const { docs, doc } = setup(table.template);
      const { rounds } = fillByApi(docs, doc, people(n));
      expect(rounds).toBe(1);
      expect(doc.getBody().getTables()[0].getNumRows()).toBe(n + 2);
    }
    const { docs, doc } = setup(CASES[0].template);
    const { requests } = planFill(docs.Documents.get(doc.getId()), CASES[0].data);
    // Each tag's last request deletes its first character: tags are done from the end backwards.
    const firsts = requests
      .map((r) => r.deleteContentRange?.range)
      .filter((range) => range && (range.endIndex as number) - (range.startIndex as number) === 1)
      .map((range) => range?.startIndex as number);
    expect(firsts.length).toBe(2);
    expect(firsts).toEqual([...firsts].sort((a, b) => b - a));
  });

  test('a cell left without points holds a paragraph, not an empty list item, both ways', () => {
    const c = CASES.find((x) => x.name.startsWith('a repeated row whose cell list is empty')) as Case;
    const { docs, doc } = setup(c.template);
    const copy = documentFromModel(documentToModel(doc));
    fillByApi(docs, doc, c.data);
    fillDocument(copy as unknown as GoogleAppsScript.Document.Document, c.data);
    for (const filled of [doc, copy]) {
      const table = filled.getBody().getTables()[0];
      const types = [0, 1, 2].map((r) => {
        const cell = table.getCell(r, 1);
        return Array.from({ length: cell.getNumChildren() }, (_, k) => String(cell.getChild(k).getType()));
      });
      expect(types).toEqual([['LIST_ITEM', 'LIST_ITEM'], ['PARAGRAPH'], ['LIST_ITEM']]);
    }
  });

  test('a link’s address is filled both ways; an unknown field in it is reported and left in', () => {
    const c = CASES.find((x) => x.name.startsWith('tags in a link’s address')) as Case;
    const { docs, doc } = setup(c.template);
    const copy = documentFromModel(documentToModel(doc));
    const { plan } = fillByApi(docs, doc, c.data);
    const filled = fillDocument(copy as unknown as GoogleAppsScript.Document.Document, c.data);
    for (const result of [plan, filled])
      expect(result.problems.map((p) => [p.code, p.tag, p.place])).toEqual([
        ['template-unknown-field', '{{Venue}}', 'body paragraph 5 link'],
      ]);
    for (const d of [doc, copy]) {
      const text = (k: number) => d.getBody().getChild(k).asParagraph().editAsText();
      expect(text(0).getLinkUrl(4)).toBe('https://example.org/minutes/M-1');
      expect(text(0).getLinkUrl(14)).toBe('https://example.org/minutes/M-1');
      expect(text(0).getLinkUrl(15)).toBeNull();
      expect(text(1).getLinkUrl(10)).toBe('https://example.org/M-1/Sok%20Dara');
      expect(text(1).getLinkUrl(8)).toBeNull();
      expect(text(2).getLinkUrl(6)).toBe('https://example.org/M-1/Chan');
      expect(text(3).getLinkUrl(0)).toBe('https://example.org/{{Venue}}');
    }
  });

  test('what the API cannot copy is said, and nothing is planned: a repeated table', () => {
    const { docs, doc } = setup((d) => {
      body(d).getChild(0).asParagraph().setText('{{#Groups}}');
      body(d).appendTable([['{{Name}}']]);
      paragraph(d, '{{/Groups}}');
    });
    const plan = planFill(docs.Documents.get(doc.getId()), { Groups: [{ Name: 'a' }, { Name: 'b' }] });
    expect(plan.supported).toBe(false);
    expect(plan.reason).toBe('a table is repeated');
    expect(plan.requests).toEqual([]);
  });

  test.each([
    [
      'a repeated section of table rows of different styles',
      (d: FakeDocument) => {
        body(d).getChild(0).asParagraph().setText('Rows');
        const table = body(d).appendTable([['{{#Items}}{{Name}}'], ['{{Note}}{{/Items}}']]);
        table.getCell(0, 0).setBackgroundColor('#d9e2f3');
        paragraph(d, '');
      },
    ],
    [
      'a repeated paragraph holds a page break or another element',
      (d: FakeDocument) => {
        body(d).getChild(0).asParagraph().setText('{{#Items}}');
        paragraph(d, '{{Name}}').appendPageBreak();
        paragraph(d, '{{/Items}}');
      },
    ],
  ])('not planned: %s (the glue fills it with DocumentApp)', (reason, template) => {
    const { docs, doc } = setup(template);
    const items = {
      Items: [
        { Name: 'a', Note: 'x' },
        { Name: 'b', Note: 'y' },
      ],
    };
    const plan = planFill(docs.Documents.get(doc.getId()), items);
    expect(plan).toMatchObject({ supported: false, reason, requests: [] });
    // Shown once, the same templates are planned.
    expect(planFill(docs.Documents.get(doc.getId()), { Items: [{ Name: 'a', Note: 'x' }] }).supported).toBe(
      true,
    );
  });
});
