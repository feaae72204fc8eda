/** The default templates written as Word files (word/ooxml.ts), read back as Drive's import reads them. */
import { strToU8, zipSync } from 'fflate';
import { furnitureOf } from '../../../../src/documents/build-template';
import { minutesTemplate, reportTemplate, type TemplateLine } from '../../../../src/documents/templates';
import { escapeXml, templateParts } from '../../../../src/documents/word/ooxml';
import { importDocx } from '../../../../src/offline/services/document/import-docx';
import { parseXml } from '../../../../src/offline/services/document/ooxml-read';
import type { FakeListItem, FakeParagraph } from '../../../../src/offline/services/document/paragraph';
import type { FakeTable } from '../../../../src/offline/services/document/table';

const zipped = (parts: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));

describe.each([
  ['minutes', 'en', minutesTemplate],
  ['minutes', 'km', minutesTemplate],
  ['report', 'en', reportTemplate],
  ['report', 'km', reportTemplate],
] as const)('the default %s template (%s) as a Word file', (_, language, template) => {
  const lines = template(language);
  const parts = templateParts(lines, furnitureOf(language));

  test('every part is well-formed XML', () => {
    for (const [name, xml] of Object.entries(parts)) expect(() => parseXml(xml, name)).not.toThrow();
  });

  test('Drive-style import keeps every line, the header, the "Page X of Y" footer and the A4 page, with nothing lost', () => {
    const { doc, warnings } = importDocx(zipped(parts), 'id-1', 'Template');
    expect(warnings).toEqual([]);
    const texts = doc
      .getBody()
      ._children.filter((c) => c.getType() !== 'TABLE')
      .map((c) => (c as FakeParagraph).getText())
      .filter(Boolean);
    const expected = lines.flatMap((line) =>
      'table' in line
        ? []
        : ['paragraph' in line ? line.paragraph : 'bullet' in line ? line.bullet : line.numbered],
    );
    expect(texts).toEqual(expected);
    expect(doc.getHeader()?.getText()).toBe('{{#Organisation}}{{Organisation}} – {{/Organisation}}{{Title}}');
    const footer = doc.getFooter()!.getChild(0) as FakeParagraph;
    expect(footer._children.map((c) => c.getType())).toEqual(['TEXT', 'UNSUPPORTED', 'TEXT', 'UNSUPPORTED']);
    expect(footer.getText()).toBe(language === 'km' ? 'ទំព័រ  នៃ ' : 'Page  of ');
    expect([doc.getBody().getPageWidth(), doc.getBody().getPageHeight()]).toEqual([595.3, 841.9]);
    // Every grid table's first row repeats on each page; no row splits.
    for (const [i, line] of lines.filter((l) => 'table' in l).entries()) {
      const table = doc.getBody().getTables()[i] as FakeTable;
      const grid = 'kind' in line && line.kind === 'grid';
      expect(table.getRow(0)._style).toEqual(
        grid ? { preventOverflow: true, tableHeader: true } : { preventOverflow: true },
      );
      expect(table.getNumRows()).toBe((line as { table: string[][] }).table.length);
    }
    // Headings are real headings (outline levels), not bold paragraphs.
    const headings = lines.filter((l) => 'paragraph' in l && /^heading/.test(l.style ?? '')).length;
    expect(
      doc
        .getBody()
        .getParagraphs()
        .filter((p) => /^HEADING/.test(p.getHeading())),
    ).toHaveLength(headings);
    expect(
      doc
        .getBody()
        .getParagraphs()
        .every((p) => p.getText() === '' || p.editAsText().getFontFamily() === 'Battambang'),
    ).toBe(true);
  });
});

test('heading styles carry outline levels, tables repeat their header rows, the footer has PAGE and NUMPAGES fields', () => {
  const parts = templateParts(minutesTemplate('en'), furnitureOf('en'));
  expect(parts['word/styles.xml']).toMatch(/styleId="Heading1".*<w:outlineLvl w:val="0"\/>/);
  expect(parts['word/styles.xml']).toMatch(/styleId="Heading2".*<w:outlineLvl w:val="1"\/>/);
  expect(parts['word/document.xml']).toContain('<w:tblHeader/>');
  expect(parts['word/document.xml']).toContain('<w:cantSplit/>');
  expect(parts['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  expect(parts['word/footer1.xml']).toMatch(/instrText[^>]*> PAGE <.*instrText[^>]*> NUMPAGES </);
  expect(parts['word/styles.xml']).toContain('w:cs="Battambang"');
});

test('numbered lines make multi-level lists that number on across their list name; bullets nest', () => {
  const lines: TemplateLine[] = [
    { numbered: 'Objective', list: 'objectives' },
    { numbered: 'Sub point', level: 1, list: 'objectives' },
    { paragraph: 'between' },
    { numbered: 'Objective again', list: 'objectives' },
    { numbered: 'Other list', list: 'annex' },
    { bullet: 'point' },
    { bullet: 'sub point', level: 1 },
  ];
  const { doc } = importDocx(zipped(templateParts(lines, furnitureOf('en'))), 'id', 'T');
  const items = doc.getBody().getListItems() as FakeListItem[];
  expect(items.map((i) => [i.getText(), i.getNestingLevel(), i.getGlyphType()])).toEqual([
    ['Objective', 0, 'NUMBER'],
    ['Sub point', 1, 'NUMBER'],
    ['Objective again', 0, 'NUMBER'],
    ['Other list', 0, 'NUMBER'],
    ['point', 0, 'BULLET'],
    ['sub point', 1, 'HOLLOW_BULLET'],
  ]);
  expect(items[0].getListId()).toBe(items[2].getListId());
  expect(items[3].getListId()).not.toBe(items[0].getListId());
  expect(items[0]._levels?.[1].glyphFormat).toBe('%0.%1.');
});

test('text is escaped: tags, ampersands and Khmer survive', () => {
  expect(escapeXml('A & B <{{x}}> "q"\u0001')).toBe('A &amp; B &lt;{{x}}&gt; &quot;q&quot;');
  const { doc } = importDocx(
    zipped(templateParts([{ paragraph: 'ក & <{{Title}}>' }], furnitureOf('km'))),
    'i',
    'T',
  );
  expect(doc.getBody().getText()).toBe('ក & <{{Title}}>');
});

test('a table followed by a paragraph line gets no empty paragraph more (no page left blank); a last table gets one', () => {
  const table: TemplateLine = { table: [['a', 'b']], kind: 'grid' };
  const kinds = (lines: TemplateLine[]) =>
    importDocx(zipped(templateParts(lines, furnitureOf('en'))), 'i', 'T')
      .doc.getBody()
      ._children.map((c) => c.getType());
  expect(kinds([table, { paragraph: '{{/Has indicators}}', style: 'tag' }])).toEqual(['TABLE', 'PARAGRAPH']);
  expect(kinds([{ paragraph: 'x' }, table])).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
  expect(kinds([table, table, { paragraph: 'x' }])).toEqual(['TABLE', 'PARAGRAPH', 'TABLE', 'PARAGRAPH']);
});

test('the title is bold 18 pt in its runs; lists have Google Docs’ geometry; the IPTT is 9 pt', () => {
  const document = templateParts(reportTemplate('en'), furnitureOf('en'))['word/document.xml'];
  const title = /<w:p><w:pPr><w:pStyle w:val="Title"\/>.*?<\/w:p>/.exec(document)?.[0] ?? '';
  expect(title).toContain('<w:b/>');
  expect(title).toContain('<w:sz w:val="36"/>');
  const { doc } = importDocx(zipped(templateParts(reportTemplate('en'), furnitureOf('en'))), 'i', 'T');
  const iptt = doc.getBody().getTables()[0] as FakeTable;
  expect(iptt.getCell(0, 2).editAsText().getFontSize(0)).toBe(9);
  expect(iptt.getCell(1, 2).editAsText().getFontSize(0)).toBe(9);
  const numbering = templateParts(minutesTemplate('en'), furnitureOf('en'))['word/numbering.xml'];
  // The glyph at 18 pt and the text at 36 pt, 36 pt more a level, as Docs' presets place them.
  expect(numbering).toContain(
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/>',
  );
  expect(numbering).toMatch(
    /w:ilvl="1"><w:start w:val="1"\/><w:numFmt w:val="decimal"\/>.*?<w:ind w:left="1440" w:hanging="360"\/>/,
  );
});
