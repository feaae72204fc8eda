/**
 * The default minutes and report templates, described as data (pure, testable), written as a Word
 * file (word/ooxml.ts) that Drive imports into a Google Doc (build-template.ts). The layout follows
 * the reference minutes and report; users may restyle the Docs freely.
 */

import type { Language } from '../i18n/language';
import { translator } from '../i18n/messages';

export type LineStyle = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'label' | 'normal' | 'tag';

/** A table cell: its text, or a bulleted list item (a list of values fills one item per value). */
export type TemplateCell = string | { bullet: string };

/** One line of a default template; `bullet` and `numbered` are native list items, `level` nests. */
export type TemplateLine =
  /** `indent`: where its lines start, in points; `hanging`: how much further left the first line starts. */
  | { paragraph: string; style?: LineStyle; indent?: number; hanging?: number; center?: boolean }
  /** A bulleted list item; items of one `list` name make one list (default: each run of bullet lines). */
  | { bullet: string; level?: number; list?: string }
  /**
   * A numbered list item (level 0 "1.", level 1 "1.1.", level 2 "1.1.1."): items of one `list`
   * name (default: each run of numbered lines) number on from each other, also when a loop repeats them.
   */
  | { numbered: string; level?: number; list?: string }
  | {
      table: TemplateCell[][];
      kind: 'labels' | 'grid';
      widths?: number[];
      /** Rows (after the header) shown in bold: the group work's themes. */
      boldRows?: number[];
      /** A grid's font size in points (default 10; its header row 9). */
      size?: number;
    };

/** The text of a template cell. */
export const cellText = (cell: TemplateCell): string => (typeof cell === 'string' ? cell : cell.bullet);

/** The texts of a line: its paragraph or item, or its table's cells. */
export function lineTexts(line: TemplateLine): string[] {
  if ('table' in line) return line.table.flat().map(cellText);
  if ('bullet' in line) return [line.bullet];
  if ('numbered' in line) return [line.numbered];
  return [line.paragraph];
}

/** Khmer-capable fonts: Google Docs offers Battambang; the offline .docx gets a cs font. */
export const DOCUMENT_FONT = 'Battambang';

const tag = (text: string): TemplateLine => ({ paragraph: text, style: 'tag' });

/**
 * A numbered item: a native numbered list item (level 0 "1.", 1 "1.1.", 2 "1.1.1.", in the list
 * `list`, so that the levels of one loop number as one list); in Khmer a paragraph with its number
 * typed in Khmer digits ("១.", "២.១."), since neither Word's nor Google Docs' list numbering has
 * Khmer digits (the Docs API's glyph types are DECIMAL, ZERO_DECIMAL, ALPHA, UPPER_ALPHA, ROMAN,
 * UPPER_ROMAN: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#nestinglevel).
 * The typed number hangs: the item's later lines start under its text, as a list item's do.
 */
function numberedLine(
  text: string,
  language: Language,
  level = 0,
  typed = false,
  list?: string,
): TemplateLine {
  // The native list's geometry (word/ooxml.ts): the number at 18 pt + 36 pt a level, the text
  // 18 pt further and 18 pt more a level (longer numbers), its later lines under the text.
  if (language === 'km' || typed)
    return { paragraph: `{{Number}}. ${text}`, indent: 36 + 54 * level, hanging: 18 * (level + 1) };
  return { numbered: text, ...(level ? { level } : {}), ...(list ? { list } : {}) };
}

const NUMBERED_FIELDS = ['Numbered', 'Sub numbered', 'Sub sub numbered'];
const BULLET_FIELDS = ['Bullet', 'Sub bullet', 'Sub sub bullet'];

/** The numbered items of a loop, each level in its own section, all of one list; `depth`: levels more. */
function numberedLines(language: Language, list: string, typed = false, depth = 0): TemplateLine[] {
  return NUMBERED_FIELDS.flatMap((field, level) => [
    tag(`{{#${field}}}`),
    numberedLine(`{{${field}}}`, language, level + depth, typed, list),
    tag(`{{/${field}}}`),
  ]);
}

/** The bulleted items of a loop, from level `from` on; `depth`: levels more. */
function bulletLines(from = 0, depth = 0): TemplateLine[] {
  return BULLET_FIELDS.slice(from).flatMap((field, n) => {
    const level = from + n + depth;
    return [
      tag(`{{#${field}}}`),
      { bullet: `{{${field}}}`, ...(level ? { level } : {}) },
      tag(`{{/${field}}}`),
    ];
  });
}

/**
 * Paragraph loop of narrative blocks (see blocks-data.ts): each kind in its own style.
 * `repeated`: the loop sits in a repeated section (the notes of each session), whose numbered
 * items are typed: copies of one list item stay in one list, so native numbers would run on
 * from one section to the next (DocumentApp cannot start a new list). `depth`: the blocks sit
 * under an item (a report item's list), that many levels in.
 */
export function blockLines(
  list: string,
  language: Language = 'en',
  repeated = false,
  depth = 0,
): TemplateLine[] {
  return [
    tag(`{{#${list}}}`),
    tag('{{#Text}}'),
    depth ? { paragraph: '{{Text}}', indent: 36 * depth } : { paragraph: '{{Text}}' },
    tag('{{/Text}}'),
    ...numberedLines(language, list, repeated, depth),
    ...bulletLines(0, depth),
    tag(`{{/${list}}}`),
  ];
}

/** A label and its value, both left out when the value is blank. */
const labelled = (label: string, field: string): TemplateLine[] => [
  tag(`{{#${field}}}`),
  { paragraph: label, style: 'label' },
  { paragraph: `{{${field}}}` },
  tag(`{{/${field}}}`),
];

/** A label taken from the data ("Outcome One:") and its value, both left out when the value is blank. */
const labelledBy = (labelField: string, field: string): TemplateLine[] => [
  tag(`{{#${field}}}`),
  { paragraph: `{{${labelField}}}`, style: 'label' },
  { paragraph: `{{${field}}}` },
  tag(`{{/${field}}}`),
];

/** Period columns of the default report's indicators table; the generator fits them to the report's periods. */
export const DEFAULT_PERIOD_COLUMNS = 2;

/** Group columns in the default template; the generator widens or narrows the table to the meeting's groups. */
export const DEFAULT_GROUP_COLUMNS = 2;

/** The default minutes template, its fixed labels and headings in the document's language. */
export function minutesTemplate(language: Language): readonly TemplateLine[] {
  const say = translator(language);
  return [
    { paragraph: '{{Title}}', style: 'title', center: true },
    {
      kind: 'labels',
      widths: [130],
      table: [
        [say('minutes.facilitatedBy'), '{{Facilitated by}}'],
        [say('minutes.mc'), '{{MC}}'],
        [say('minutes.minutesTaker'), '{{Minutes taker}}'],
        [say('minutes.participatedBy'), '{{Participated by}}'],
        [say('minutes.dateAndTime'), '{{Date and time}}'],
        [say('minutes.location'), '{{Location}}'],
      ],
    },
    tag('{{#Has objectives}}'),
    { paragraph: say('minutes.objective'), style: 'heading1' },
    { paragraph: say('minutes.objectivesIntro') },
    tag('{{/Has objectives}}'),
    tag('{{#Objectives}}'),
    ...numberedLines(language, 'Objectives'),
    ...bulletLines(1),
    tag('{{/Objectives}}'),
    tag('{{#Has results}}'),
    { paragraph: say('minutes.result'), style: 'heading1' },
    tag('{{/Has results}}'),
    tag('{{#Sessions}}'),
    { paragraph: '{{Heading}}', style: 'heading2' },
    ...blockLines('Paragraphs', language, true),
    tag('{{/Sessions}}'),
    tag('{{#Group work}}'),
    { paragraph: say('minutes.groupWork'), style: 'heading2' },
    // As the reference minutes: the groups head the columns (repeated on each page); each theme is
    // a row of its own (in bold) above the row of its points, list items in each group's cell.
    {
      kind: 'grid',
      table: [
        ['{{Group 1}}', '{{Group 2}}'],
        ['{{#Themes}}{{Theme}}', ''],
        [{ bullet: '{{Points 1}}' }, { bullet: '{{Points 2}}{{/Themes}}' }],
      ],
      boldRows: [1],
    },
    tag('{{/Group work}}'),
    // Questions put after the table ("One more question for CBO TWGs …?") and their answers.
    tag('{{#Follow-up questions}}'),
    { paragraph: '{{Question}}' },
    { bullet: '{{Answers}}' },
    tag('{{/Follow-up questions}}'),
    tag('{{#Has conclusions}}'),
    { paragraph: say('minutes.conclusion'), style: 'heading2' },
    tag('{{/Has conclusions}}'),
    ...blockLines('Conclusions', language),
    tag('{{#Has annex}}'),
    { paragraph: say('minutes.annex'), style: 'heading1' },
    tag('{{/Has annex}}'),
    ...blockLines('Annexes', language),
    tag('{{#Attendance list}}'),
    { paragraph: say('minutes.attendanceList'), style: 'heading2' },
    {
      kind: 'grid',
      widths: [30, 120, 170, 90],
      table: [
        [
          say('minutes.number'),
          say('minutes.name'),
          say('minutes.organisation'),
          say('minutes.participantType'),
          say('minutes.gender'),
        ],
        [
          '{{#Attendees}}{{No}}',
          '{{Name}}',
          '{{Organisation}}',
          '{{Participant type}}',
          '{{Gender}}{{/Attendees}}',
        ],
      ],
    },
    tag('{{/Attendance list}}'),
  ];
}

// Marked pure: the bundle does not use these (tests do), so the build drops them instead of
// building both templates each time Apps Script loads the script.
export const MINUTES_TEMPLATE: readonly TemplateLine[] = /* @__PURE__ */ minutesTemplate('en');

/** The default progress report template, its fixed labels and headings in the document's language. */
export function reportTemplate(language: Language): readonly TemplateLine[] {
  const say = translator(language);
  return [
    { paragraph: say('report.title'), style: 'title', center: true },
    tag('{{#Organisation}}'),
    { paragraph: '{{Organisation}} – {{Date}}', style: 'subtitle', center: true },
    tag('{{/Organisation}}'),
    tag('{{^Organisation}}'),
    { paragraph: '{{Date}}', style: 'subtitle', center: true },
    tag('{{/Organisation}}'),
    tag('{{#Reporting period}}'),
    {
      paragraph: `${say('report.reportingPeriod', { period: '{{Reporting period}}' })}`,
      style: 'subtitle',
      center: true,
    },
    tag('{{/Reporting period}}'),
    { paragraph: say('report.byProject'), style: 'heading1' },
    ...labelledBy('Outcome label', 'Outcome'),
    { paragraph: '{{Project}}', style: 'heading2' },
    ...labelledBy('Strategic objective label', 'Strategic objective'),
    ...labelled(say('report.projectObjective'), 'Project objective'),
    ...labelled(say('report.funding'), 'Funding'),
    ...labelled(say('report.targetAreas'), 'Target areas'),
    tag('{{#Sections}}'),
    { paragraph: `{{Heading}}${say('report.headingEnd')}`, style: 'heading2' },
    tag('{{#Items}}'),
    // The item's first lines, then the lines typed as a list ("១.", "២.១", "- ") under it: typed
    // numbers (the items repeat: native numbers would run on from one item to the next).
    { bullet: '{{Number}} {{Lead}}' },
    ...blockLines('Paragraphs', language, true, 1),
    tag('{{/Items}}'),
    tag('{{/Sections}}'),
    tag('{{#Has indicators}}'),
    { paragraph: say('report.indicators'), style: 'heading2' },
    {
      kind: 'grid',
      // A4 portrait: 451 pt between the margins; the generator fits the period columns to the report's.
      widths: [52, 82, 56, 44, 46, 46, 70, 55],
      size: 9,
      table: [
        [
          say('report.id'),
          say('report.indicator'),
          say('report.baseline'),
          say('report.target'),
          '{{Period 1}}',
          '{{Period 2}}',
          say('report.cumulative'),
          say('report.progress'),
        ],
        [
          '{{#Indicator rows}}{{ID}}',
          '{{Indicator}}',
          '{{Baseline}}',
          '{{Target}}',
          '{{Actual 1}}',
          '{{Actual 2}}',
          '{{Cumulative}}',
          '{{Progress}}{{/Indicator rows}}',
        ],
      ],
    },
    // The chart of target against actual, under the table (report/chart.ts): an image in its own
    // centred paragraph, and a note when it leaves indicators out.
    tag('{{#Has chart}}'),
    { paragraph: '{{Chart}}', center: true },
    tag('{{#Chart note}}'),
    { paragraph: '{{Chart note}}' },
    tag('{{/Chart note}}'),
    tag('{{/Has chart}}'),
    tag('{{/Has indicators}}'),
  ];
}

/** The English report template (marked pure, as MINUTES_TEMPLATE). */
export const REPORT_TEMPLATE: readonly TemplateLine[] = /* @__PURE__ */ reportTemplate('en');
