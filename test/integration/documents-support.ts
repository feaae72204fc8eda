/** Helpers of the documents integration tests: a small workbook, reading generated .docx files. */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Cell } from '../../src/workbook/values';

export interface DocxContent {
  /** The body's paragraphs outside tables, in order. */
  paragraphs: string[];
  /** Each table as rows of cell texts (a cell's paragraphs joined by new lines). */
  tables: string[][][];
  /** All the text (for "no {{ left" checks). */
  text: string;
  xml: string;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphText(xml: string): string {
  const parts: string[] = [];
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g))
    parts.push(m[1] === undefined ? '\n' : decode(m[1]));
  return parts.join('');
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => paragraphText(m[0]));
}

/** The texts of the paragraphs (anywhere) that are native list items (w:numPr), in order. */
export function listItemTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((m) => m[0].includes('<w:numPr>'))
    .map((m) => paragraphText(m[0]));
}

/** Reads word/document.xml of a .docx. */
export async function readDocx(file: string): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const tables: string[][][] = [];
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join('\n')),
    );
    tables.push(rows);
    return '';
  });
  const body = paragraphs(outside);
  return { paragraphs: body, tables, text: paragraphs(xml).join('\n'), xml };
}

/** Every .docx under a folder (recursively), by file name. */
export function docxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : docxFiles(full);
    return entry.name.endsWith('.docx') ? [full] : [];
  });
}

export const KHMER_NAME = 'សុខ ចាន់ថា';
export const LITERAL = 'Budget $1,200 (USD) \\ $& {{not a tag}} [a-z]+';

/** A small hand-built workbook: two meetings, one project, partners, indicators with results. */
export function smallWorkbook(attendees = 4): Record<string, Cell[][]> {
  const attendance: Cell[][] = [['Meeting ID', 'Name', 'Organisation', 'Participant type', 'Gender']];
  const types = ['CBO', 'LNGO', 'CCC', 'INGO'];
  for (let i = 0; i < attendees; i++) {
    attendance.push([
      'M-1',
      i === 0 ? KHMER_NAME : `Person ${i + 1}`,
      `Organisation ${i + 1}`,
      types[i % types.length],
      i % 2 ? 'Male' : 'Female',
    ]);
  }
  attendance.push(['M-2', 'Only One', 'CCC', 'CCC', 'Male']);
  return {
    Settings: [
      ['Setting', 'Value'],
      ['Organisation', 'Test NGO'],
      ['Time zone', 'Asia/Phnom_Penh'],
    ],
    Lists: [
      ['Participant type', 'Report section'],
      ['CBO', 'Activities and results'],
      ['LNGO', 'Lessons learned'],
      ['INGO', 'Challenges'],
      ['CCC', 'The way forward'],
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
        'My notes',
      ],
      [
        'M-1',
        'Partnership Meeting on Water',
        '2017-09-28',
        '08:00',
        '12:00',
        'Sunway Hotel, Phnom Penh',
        'Mr. Chhorn Vatanak',
        'Miss Kao',
        'Miss Kao',
        'To introduce the guideline\nTo discuss partnership',
        'Develop networks\n- Business plan',
        'Slides',
        'keep me',
      ],
      ['M-2', 'Small meeting', '2017-10-05', '', '', 'CCC office', '', '', '', 'One objective', '', '', ''],
    ],
    Attendance: attendance,
    Agenda: [
      ['Meeting ID', 'Order', 'Session', 'Presenter', 'Notes'],
      ['M-1', 2, 'Group work', 'Mr. Chhorn Vatanak', `Groups met.\n${LITERAL}`],
      [
        'M-1',
        1,
        'Welcome and opening remarks',
        'Mr. Soeung Saroeun',
        'He welcomed all.\n1. Good governance\n2. Capacity',
      ],
    ],
    'Group work': [
      ['Meeting ID', 'Theme', 'Group', 'Point'],
      ['M-1', 'Good Governance', 'NGOs', 'Improve standard of living'],
      ['M-1', 'Good Governance', 'CBO TWGs', 'Certificate for good practices'],
      ['M-1', 'Networking', 'Donors', 'Stakeholders meetings'],
      ['M-1', 'Enabling Environment', 'CBO TWGs', 'Strengthening TWG\nMobilizing TWG'],
    ],
    Projects: [
      [
        'Project ID',
        'Title',
        'Outcome',
        'Strategic objective',
        'Project objective',
        'Start',
        'End',
        'Funding',
        'Currency',
        'Donors',
        'Target areas',
      ],
      [
        'P-1',
        "Citizens' Voices",
        'Influenced policy',
        'To fulfil rights',
        'To enhance voices',
        '2019-01-01',
        '2022-12-31',
        649300,
        'EUR',
        'BfdW, DCA',
        'Kandal and Takeo',
      ],
    ],
    'Report items': [
      ['Project ID', 'Section', 'Order', 'Text'],
      ['P-1', 'Challenges', 1, 'Covid-19 delays.'],
      ['P-1', 'Activities and results', 2, 'A second activity.'],
      ['P-1', 'Activities and results', 1, 'A total of {{IND-1.3}} of target CBOs advocated. ' + LITERAL],
      ['P-1', 'The way forward', 1, 'Check {{IND-9}} later.'],
    ],
    Indicators: [
      ['ID', 'Indicator', 'Kind', 'Source', 'Baseline', 'Target'],
      ['IND-1.3', 'Share of target CBOs that advocated', 'percent', 'CBOs', 0, 20],
      ['IND-2', 'Never computed', 'count', 'CBOs', '', ''],
    ],
    'Indicator results': [
      [
        'ID',
        'Indicator',
        'Breakdown',
        'Numerator',
        'Denominator',
        'Value',
        'Display',
        'Baseline',
        'Target',
        'Progress to target',
      ],
      [
        'IND-1.3',
        'Share of target CBOs that advocated',
        '',
        13,
        80,
        16.25,
        '16.25% (13 of 80)',
        0,
        20,
        81.25,
      ],
    ],
    Partners: [
      ['Partner', 'Type', 'Email', 'Receives reports'],
      ['DCA', 'Donor', 'dca@example.org', 'Yes'],
      ['BfdW', 'Donor', 'bfdw@example.org; not-an-address', 'Yes'],
      ['Quiet partner', 'LNGO', 'quiet@example.org', 'No'],
      ['No e-mail', 'CBO', '', 'Yes'],
    ],
  };
}
