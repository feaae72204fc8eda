/**
 * Khmer minutes and progress reports end to end (Settings › Language = km), and an English report
 * cited from the same Khmer workbook: digits follow the document's language.
 */
import { openWorkbook, tempDir, type OfflineRuntime } from '../support/runtime';
import { docxFiles, readDocx, type DocxContent } from './documents-support';
import type { Cell } from '../../src/workbook/values';

const CBO_HEADER = [
  'CBO ID',
  'CBO name',
  'Province',
  'District',
  'Sector',
  'Registration',
  'Members',
  'Partner',
  'Target',
  'Advocacy plan',
  'Mapped on',
];

function khmerWorkbook(language = 'km'): Record<string, Cell[][]> {
  const cbos: Cell[][] = [CBO_HEADER];
  // 8 target CBOs (typed បាទ / ចាស), 2 of them with an advocacy plan; 2 CBOs not targeted (ទេ).
  for (let i = 0; i < 10; i++) {
    cbos.push([
      `CBO-${String.fromCharCode(65 + i)}`,
      `សហគមន៍ ${i}`,
      'កណ្តាល',
      'កៀនស្វាយ',
      'កសិកម្ម',
      'ចុះបញ្ជី',
      '២០',
      'ដៃគូ',
      i < 8 ? (i % 2 ? 'ចាស' : 'បាទ') : 'ទេ',
      i < 2 ? 'បាទ' : 'ទេ',
      '2020-07-15',
    ]);
  }
  return {
    Settings: [
      ['Setting', 'Value'],
      ['Organisation', 'វិទ្យាស្ថានតស៊ូមតិ'],
      ['Language', language],
    ],
    Lists: [
      ['Participant type', 'Report section'],
      ['CBO', 'Activities and results'],
      ['LNGO', 'Lessons learned'],
      ['', 'Challenges'],
    ],
    CBOs: cbos,
    Indicators: [
      ['ID', 'Indicator', 'Kind', 'Source', 'Filter', 'Denominator filter', 'Baseline', 'Target'],
      [
        'IND-A',
        'ភាគរយនៃ CBO គោលដៅដែលមានផែនការតស៊ូមតិ',
        'percent',
        'CBOs',
        '[Advocacy plan] = Yes',
        '[Target] = Yes',
        '០',
        '៥០',
      ],
      ['IND-B', 'CBO ដែលបានចុះបញ្ជី', 'count', 'CBOs', '', '', '', '១២'],
    ],
    Meetings: [
      [
        'Meeting ID',
        'Title',
        'Date',
        'Start time',
        'End time',
        'Location',
        'Facilitator',
        'MC',
        'Minutes taker',
        'Objectives',
        'Conclusions',
        'Annexes',
      ],
      [
        'M-A',
        'កិច្ចប្រជុំភាពជាដៃគូស្តីពីអភិបាលកិច្ចល្អ',
        '២៨/០៩/២០១៧',
        '៨:០០',
        '12:00',
        'ភ្នំពេញ',
        'លោក ឈន វឌ្ឍនៈ',
        'កញ្ញា កៅ ពៅ',
        'កញ្ញា កៅ ពៅ',
        '១. ណែនាំគោលការណ៍ណែនាំ\n២. ពិភាក្សាអំពីភាពជាដៃគូ',
        '- បន្តការងារ',
        '- បញ្ជីវត្តមាន',
      ],
    ],
    Attendance: [
      ['Meeting ID', 'Name', 'Organisation', 'Participant type', 'Gender'],
      ['M-A', 'សុខ ចាន់ថា', 'សហគមន៍', 'CBO', 'Female'],
      ['M-A', 'លី ពិសិដ្ឋ', 'អង្គការ', 'LNGO', 'ប្រុស'],
      ['M-A', 'ហេង សុខា', 'អង្គការ', 'LNGO', 'ស្រី'],
    ],
    Agenda: [
      ['Meeting ID', 'Order', 'Session', 'Presenter', 'Notes'],
      [
        'M-A',
        '១',
        'ការស្វាគមន៍',
        'លោក សឿង',
        'លោកបានថ្លែងអំណរគុណ។\n១. អភិបាលកិច្ចល្អ\n២. សមត្ថភាព\n២.១ ការគ្រប់គ្រងហិរញ្ញវត្ថុ',
      ],
    ],
    'Group work': [
      ['Meeting ID', 'Theme', 'Group', 'Point'],
      ['M-A', 'អភិបាលកិច្ចល្អ', 'ក្រុម ក', 'ការចុះបញ្ជី'],
    ],
    Projects: [
      [
        'Project ID',
        'Title',
        'Outcome',
        'Project objective',
        'Start',
        'End',
        'Funding',
        'Currency',
        'Donors',
        'Target areas',
        'Language',
      ],
      [
        'P-A',
        'សំឡេងពលរដ្ឋ',
        'គោលនយោបាយល្អ',
        'ពង្រឹងសំឡេងពលរដ្ឋ',
        '2019-01-01',
        '2022-12-31',
        649300,
        'EUR',
        'BfdW, DCA',
        'ខេត្តកណ្តាល',
        '',
      ],
      [
        'P-EN',
        'Citizens’ Voices',
        'Better policy',
        'Stronger voices',
        '2019-01-01',
        '2022-12-31',
        649300,
        'EUR',
        'BfdW, DCA',
        'Kandal',
        'en',
      ],
    ],
    'Report items': [
      ['Project ID', 'Section', 'Order', 'Text'],
      ['P-A', 'Activities and results', '១', 'CBO គោលដៅ {{IND-A}} មានផែនការតស៊ូមតិ។'],
      ['P-A', 'Challenges', '២', 'ការរាតត្បាតកូវីដ។'],
      ['P-EN', 'Activities and results', 1, 'A total of {{IND-A}} of target CBOs have advocacy plans.'],
    ],
  };
}

/** Text of the document with the workbook's own values taken out: what is left is the tool's. */
function toolText(doc: DocxContent, data: Record<string, Cell[][]>): string {
  const values = Object.values(data)
    .flatMap((rows) => rows.slice(1).flat())
    .flatMap((value) => String(value ?? '').split(/\n|, /))
    .map((line) => line.replace(/^[-•]\s*|^[០-៩0-9.]+\s+/, '').trim())
    .filter((value) => value.length > 1)
    .sort((a, b) => b.length - a.length);
  let text = doc.text;
  for (const value of values) text = text.split(value).join(' ');
  return text;
}

const LATIN_WORD = /\b(?!(?:CBO|LNGO|NGO|MC|EUR|ID)\b)[A-Za-z]{2,}\b/g;

describe('Khmer documents (Settings › Language = km)', () => {
  const outDir = tempDir('khmer-documents-');
  const data = khmerWorkbook();
  let runtime: OfflineRuntime;
  let minutes: DocxContent;
  let report: DocxContent;
  let english: DocxContent;

  beforeAll(async () => {
    runtime = await openWorkbook(data, { outDir });
    runtime.run('generateMinutes', { meetingId: 'all' });
    runtime.run('generateProgressReport', { projectId: 'all' });
    await runtime.flush();
    const files = docxFiles(`${outDir}/docs`);
    const named = (pattern: RegExp) => files.find((f) => pattern.test(f)) as string;
    minutes = await readDocx(named(/M-A កំណត់ហេតុកិច្ចប្រជុំ/));
    report = await readDocx(named(/P-A របាយការណ៍វឌ្ឍនភាព/));
    english = await readDocx(named(/P-EN Progress report/));
  });

  test('minutes: Khmer labels, date, times, counts and item numbers', () => {
    expect(minutes.paragraphs[0]).toBe('កំណត់ហេតុកិច្ចប្រជុំភាពជាដៃគូស្តីពីអភិបាលកិច្ចល្អ');
    expect(minutes.tables[0].map((row) => row[0])).toEqual([
      'សម្របសម្រួលដោយ៖',
      'អ្នកដឹកនាំកម្មវិធី (MC)៖',
      'អ្នកកត់ត្រា៖',
      'ចូលរួមដោយ៖',
      'កាលបរិច្ឆេទ និងពេលវេលា៖',
      'ទីកន្លែង៖',
    ]);
    expect(minutes.tables[0][3][1]).toBe('CBO៖ ០១ LNGO៖ ០២ សរុប៖ ០៣ នាក់');
    expect(minutes.tables[0][4][1]).toBe('២៨ កញ្ញា ២០១៧ ម៉ោង ០៨:០០ – ១២:០០');
    expect(minutes.paragraphs).toContain('១. ណែនាំគោលការណ៍ណែនាំ');
    // Khmer-digit numbering in the notes is numbered like "1.", "1.1".
    expect(minutes.paragraphs).toContain('១. អភិបាលកិច្ចល្អ');
    expect(minutes.paragraphs).toContain('២.១. ការគ្រប់គ្រងហិរញ្ញវត្ថុ');
    expect(minutes.paragraphs).toContain('ការស្វាគមន៍ – ដោយ លោក សឿង');
    const attendance = minutes.tables[minutes.tables.length - 1];
    expect(attendance[0]).toEqual(['ល.រ', 'ឈ្មោះ', 'អង្គការ', 'ប្រភេទអ្នកចូលរួម', 'ភេទ']);
    expect(attendance[1]).toEqual(['១', 'សុខ ចាន់ថា', 'សហគមន៍', 'CBO', 'ស្រី']);
  });

  test('minutes: no English label and no Latin digit from the tool', () => {
    const rest = toolText(minutes, data);
    expect(rest.match(/[0-9]/g)).toBeNull();
    expect(rest.match(LATIN_WORD)).toBeNull();
  });

  test('report: Khmer headings, figures, baselines, targets, item numbers and date', () => {
    expect(report.paragraphs[0]).toBe('របាយការណ៍វឌ្ឍនភាព');
    expect(report.paragraphs[1]).toMatch(/^វិទ្យាស្ថានតស៊ូមតិ – [០-៩]{1,2} [\u1780-\u17FF]+ [០-៩]{4}$/);
    expect(report.paragraphs).toContain('គម្រោងទី១៖ សំឡេងពលរដ្ឋ, ២០១៩-២០២២');
    expect(report.paragraphs).toContain('៦៤៩,៣០០ EUR ឧបត្ថម្ភដោយ BfdW និង DCA');
    expect(report.paragraphs).toContain('សកម្មភាព និងលទ្ធផល៖');
    expect(report.paragraphs).toContain('បញ្ហាប្រឈម៖');
    expect(report.paragraphs).toContain('១.១ CBO គោលដៅ ២៥.០០% (២ នៃ ៨) មានផែនការតស៊ូមតិ។');
    const table = report.tables[report.tables.length - 1];
    expect(table[0]).toEqual([
      'លេខកូដ',
      'សូចនាករ',
      'ទិន្នន័យមូលដ្ឋាន',
      'គោលដៅ',
      '២០១៩',
      '២០២០',
      '២០២១',
      '២០២២',
      'សរុបរហូតមកដល់បច្ចុប្បន្ន',
      'វឌ្ឍនភាពធៀបនឹងគោលដៅ',
    ]);
    expect([...table[1].slice(2, 4), ...table[1].slice(-2)]).toEqual(['០%', '៥០%', '២៥.០០% (២ នៃ ៨)', '៥០%']);
    expect([...table[2].slice(2, 4), ...table[2].slice(-2)]).toEqual(['', '១២', '១០', '៨៣.៣៣%']);
  });

  test('report: no English label and no Latin digit from the tool', () => {
    const rest = toolText(report, data);
    expect(rest.match(/[0-9]/g)).toBeNull();
    expect(rest.match(LATIN_WORD)).toBeNull();
  });

  test('a Projects row with Language = en is an English report with Latin digits, its figures too', () => {
    expect(english.paragraphs[0]).toBe('Progress Report');
    expect(english.paragraphs).toContain(
      '2.1 A total of 25.00% (2 of 8) of target CBOs have advocacy plans.',
    );
    const table = english.tables[english.tables.length - 1];
    expect(table[0]).toEqual([
      'ID',
      'Indicator',
      'Baseline',
      'Target',
      '2019',
      '2020',
      '2021',
      '2022',
      'Cumulative to date',
      'Progress to target',
    ]);
    expect([...table[1].slice(2, 4), ...table[1].slice(-2)]).toEqual(['0%', '50%', '25.00% (2 of 8)', '50%']);
    expect(english.text).not.toMatch(/[០-៩]{2,}/);
  });
});
