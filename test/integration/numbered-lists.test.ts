/**
 * Numbering typed by people in list fields of the minutes (Meetings › Conclusions, Annexes) and in
 * the report's Report items, end to end through the default templates and the offline .docx:
 * "1." / "2.1" / "1.1.1" lines (Latin or Khmer digits, "1)" too) are numbered items at their level,
 * "-" lines stay bullets. English: one native numbered list ("1.", "2.1.", Word's and Docs'
 * numbering); Khmer: the numbers typed in Khmer digits with a hanging indent (no list numbering
 * has Khmer digits).
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import { openWorkbook, tempDir } from '../support/runtime';
import { docxFiles, readDocx, smallWorkbook, type DocxContent } from './documents-support';
import type { Cell } from '../../src/workbook/values';

const CONCLUSIONS =
  '1. Develop networks at provincial level\n2) Build capacity\n2.1 Leadership\n2.1.1 Women leaders\n' +
  '2.2 Learning forum\n- Twice a year\n3. Certificates for good practices';
const KHMER_CONCLUSIONS =
  '១. ដៃគូនឹងជួបប្រជុំរៀងរាល់ត្រីមាស\n២. CBO នីមួយៗត្រូវដាក់ផែនការ\n២.១ ផែនការជាភាសាខ្មែរ\n២.២ មានថវិកាប្រាកដ';
const KHMER_ITEM = 'CBO បានតស៊ូមតិ។\n១. ការតស៊ូមតិថ្នាក់ឃុំ\n២. ការតស៊ូមតិថ្នាក់ស្រុក\n២.១ ស្រុកវ៉ារិន';

function workbook(language: 'en' | 'km'): Record<string, Cell[][]> {
  const data = smallWorkbook();
  data.Settings.push(['Language', language]);
  const meetings = data.Meetings;
  meetings[1][meetings[0].indexOf('Conclusions')] = language === 'en' ? CONCLUSIONS : KHMER_CONCLUSIONS;
  data['Report items'].push([
    'P-1',
    'Lessons learned',
    1,
    language === 'en'
      ? 'Advocacy at two levels.\n1. Commune level\n2. District level\n2.1 Varin'
      : KHMER_ITEM,
  ]);
  return data;
}

interface Paragraph {
  text: string;
  numId?: string;
  level?: number;
  /** w:ind left and hanging, twips. */
  left?: number;
  hanging?: number;
}

function bodyParagraphs(doc: DocxContent): Paragraph[] {
  const outside = doc.xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => {
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const numId = /<w:numId w:val="(\d+)"/.exec(xml)?.[1];
    const level = /<w:ilvl w:val="(\d+)"/.exec(xml)?.[1];
    const left = /<w:ind [^>]*w:(?:left|start)="(\d+)"/.exec(xml)?.[1];
    const hanging = /<w:ind [^>]*w:hanging="(\d+)"/.exec(xml)?.[1];
    return {
      text,
      numId,
      level: level === undefined ? undefined : Number(level),
      left: left === undefined ? undefined : Number(left),
      hanging: hanging === undefined ? undefined : Number(hanging),
    };
  });
}

async function generate(language: 'en' | 'km') {
  const outDir = tempDir(`numbered-lists-${language}-`);
  const runtime = await openWorkbook(workbook(language), { outDir });
  runtime.run('generateMinutes', { meetingId: 'M-1' });
  runtime.run('generateProgressReport', { projectId: 'P-1' });
  await runtime.flush();
  const files = docxFiles(`${outDir}/docs`);
  const find = (pattern: RegExp) => {
    const file = files.find((f) => pattern.test(f));
    if (!file) throw new Error(`no document ${pattern} among ${files.join(', ')}`);
    return readDocx(file);
  };
  const minutesFile = files.find((f) => /M-1 (Minutes|កំណត់ហេតុ)/.test(f)) as string;
  const zip = await JSZip.loadAsync(fs.readFileSync(minutesFile));
  return {
    minutes: await find(/M-1 (Minutes|កំណត់ហេតុ)/),
    report: await find(/P-1 (Progress report|របាយការណ៍)/),
    numbering: (await zip.file('word/numbering.xml')?.async('string')) ?? '',
  };
}

describe('numbering typed in list fields (English: native numbered lists)', () => {
  let minutes: DocxContent;
  let report: DocxContent;
  let minutesNumbering: string;
  beforeAll(async () => {
    ({ minutes, report, numbering: minutesNumbering } = await generate('en'));
  });

  test('Conclusions: numbered items at the level their number says, in one list; a "-" line a bullet under its item', async () => {
    const paragraphs = bodyParagraphs(minutes);
    const start = paragraphs.findIndex((p) => p.text === 'Develop networks at provincial level');
    const items = paragraphs.slice(start, start + 7);
    expect(items.map((p) => [p.text, p.level])).toEqual([
      ['Develop networks at provincial level', 0],
      ['Build capacity', 0],
      ['Leadership', 1],
      ['Women leaders', 2],
      ['Learning forum', 1],
      ['Twice a year', 2],
      ['Certificates for good practices', 0],
    ]);
    const numbered = items.filter((p) => p.text !== 'Twice a year');
    // One list: Word and Docs number them 1., 2., 2.1., 2.1.1., 2.2., 3.
    expect(new Set(numbered.map((p) => p.numId)).size).toBe(1);
    const bullet = items[5];
    expect(bullet.numId).toBeDefined();
    expect(bullet.numId).not.toBe(numbered[0].numId);
    // The typed numbers are not left in the text.
    expect(minutes.text).not.toMatch(/\b2\.1 Leadership|\b3\. Certificates/);
  });

  test('the list those items are in numbers "1.", "1.1.", "1.1.1." in decimal digits', () => {
    const numId = bodyParagraphs(minutes).find((p) => p.text === 'Leadership')?.numId;
    const abstract = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(
      minutesNumbering,
    )?.[1];
    expect(abstract).toBeDefined();
    const definition = new RegExp(
      `<w:abstractNum [^>]*w:abstractNumId="${abstract}"[\\s\\S]*?</w:abstractNum>`,
    ).exec(minutesNumbering)?.[0] as string;
    const level = (n: number) =>
      new RegExp(`<w:lvl w:ilvl="${n}"[\\s\\S]*?</w:lvl>`).exec(definition)?.[0] ?? '';
    expect(level(0)).toMatch(/<w:numFmt w:val="decimal"\/>[\s\S]*<w:lvlText w:val="%1\."\/>/);
    expect(level(1)).toMatch(/<w:numFmt w:val="decimal"\/>[\s\S]*<w:lvlText w:val="%1\.%2\."\/>/);
    expect(level(2)).toMatch(/<w:lvlText w:val="%1\.%2\.%3\."\/>/);
  });

  test('Report items: the lines typed as a list under the item, numbered with their typed numbers, deeper levels further in', () => {
    const paragraphs = bodyParagraphs(report);
    const lead = paragraphs.findIndex((p) => p.text.endsWith('Advocacy at two levels.'));
    expect(lead).toBeGreaterThan(-1);
    const under = paragraphs.slice(lead + 1, lead + 4);
    expect(under.map((p) => p.text)).toEqual(['1. Commune level', '2. District level', '2.1. Varin']);
    expect(under.every((p) => p.numId === undefined)).toBe(true);
    const [first, , sub] = under;
    expect(first.left).toBeGreaterThan(0);
    expect(sub.left).toBeGreaterThan(first.left as number);
    expect(first.hanging).toBeGreaterThan(0);
  });
});

describe('numbering typed in list fields (Khmer: Khmer digits, hanging indent)', () => {
  let minutes: DocxContent;
  let report: DocxContent;
  beforeAll(async () => {
    ({ minutes, report } = await generate('km'));
  });

  test('Conclusions: "១." and "២.១" lines are numbered items with their Khmer numbers, none a bullet', () => {
    const paragraphs = bodyParagraphs(minutes);
    const start = paragraphs.findIndex((p) => p.text.startsWith('១. ដៃគូ'));
    expect(start).toBeGreaterThan(-1);
    const items = paragraphs.slice(start, start + 4);
    expect(items.map((p) => p.text)).toEqual([
      '១. ដៃគូនឹងជួបប្រជុំរៀងរាល់ត្រីមាស',
      '២. CBO នីមួយៗត្រូវដាក់ផែនការ',
      '២.១. ផែនការជាភាសាខ្មែរ',
      '២.២. មានថវិកាប្រាកដ',
    ]);
    expect(items.every((p) => p.numId === undefined && (p.hanging ?? 0) > 0)).toBe(true);
    expect(items[2].left).toBeGreaterThan(items[1].left as number);
  });

  test('Report items: "១." lines under the item, "២.១" further in', () => {
    const paragraphs = bodyParagraphs(report);
    const lead = paragraphs.findIndex((p) => p.text.endsWith('CBO បានតស៊ូមតិ។'));
    expect(lead).toBeGreaterThan(-1);
    const under = paragraphs.slice(lead + 1, lead + 4);
    expect(under.map((p) => p.text)).toEqual(['១. ការតស៊ូមតិថ្នាក់ឃុំ', '២. ការតស៊ូមតិថ្នាក់ស្រុក', '២.១. ស្រុកវ៉ារិន']);
    expect(under[2].left).toBeGreaterThan(under[0].left as number);
  });
});
