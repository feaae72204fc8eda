/**
 * The default minutes and report templates, described as data (pure, testable) and built into
 * a real Google Doc by buildTemplate (one call per line: a fixed number, whatever the data).
 * The layout follows the reference minutes and report; users may restyle the Docs freely.
 */

export type LineStyle = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'label' | 'normal' | 'tag';

export type TemplateLine =
  | { paragraph: string; style?: LineStyle; indent?: number; center?: boolean }
  | { bullet: string; level?: number }
  | { table: string[][]; kind: 'labels' | 'grid'; widths?: number[] };

/** Khmer-capable fonts: Google Docs offers Battambang; the offline .docx gets a cs font. */
export const DOCUMENT_FONT = 'Battambang';

const tag = (text: string): TemplateLine => ({ paragraph: text, style: 'tag' });

/** Paragraph loop of narrative blocks (see blocks-data.ts): each kind in its own style. */
export function blockLines(list: string): TemplateLine[] {
  return [
    tag(`{{#${list}}}`),
    tag('{{#Text}}'),
    { paragraph: '{{Text}}' },
    tag('{{/Text}}'),
    tag('{{#Numbered}}'),
    { paragraph: '{{Number}}. {{Numbered}}', indent: 18 },
    tag('{{/Numbered}}'),
    tag('{{#Bullet}}'),
    { bullet: '{{Bullet}}' },
    tag('{{/Bullet}}'),
    tag('{{#Sub bullet}}'),
    { bullet: '{{Sub bullet}}', level: 1 },
    tag('{{/Sub bullet}}'),
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

/** Group columns in the default template; the generator widens or narrows the table to the meeting's groups. */
export const DEFAULT_GROUP_COLUMNS = 2;

export const MINUTES_TEMPLATE: readonly TemplateLine[] = [
  { paragraph: '{{Title}}', style: 'title', center: true },
  {
    kind: 'labels',
    widths: [130],
    table: [
      ['Facilitated By:', '{{Facilitated by}}'],
      ['MC:', '{{MC}}'],
      ['Minutes Taker:', '{{Minutes taker}}'],
      ['Participated by:', '{{Participated by}}'],
      ['Date and Time:', '{{Date and time}}'],
      ['Location:', '{{Location}}'],
    ],
  },
  tag('{{#Has objectives}}'),
  { paragraph: 'I- OBJECTIVE', style: 'heading1' },
  { paragraph: 'The specific objectives of the meeting are:' },
  tag('{{/Has objectives}}'),
  tag('{{#Objectives}}'),
  { paragraph: '{{Number}}. {{Text}}', indent: 18 },
  tag('{{/Objectives}}'),
  tag('{{#Has results}}'),
  { paragraph: 'II- THE RESULT OF THE MEETING', style: 'heading1' },
  tag('{{/Has results}}'),
  tag('{{#Sessions}}'),
  { paragraph: '{{Heading}}', style: 'heading2' },
  ...blockLines('Paragraphs'),
  tag('{{/Sessions}}'),
  tag('{{#Group work}}'),
  { paragraph: 'GROUP WORK', style: 'heading2' },
  {
    kind: 'grid',
    widths: [110],
    table: [
      ['Theme', '{{Group 1}}', '{{Group 2}}'],
      ['{{#Themes}}{{Theme}}', '{{Points 1}}', '{{Points 2}}{{/Themes}}'],
    ],
  },
  tag('{{/Group work}}'),
  tag('{{#Has conclusions}}'),
  { paragraph: 'CONCLUSION AND WAYS FORWARD', style: 'heading2' },
  tag('{{/Has conclusions}}'),
  ...blockLines('Conclusions'),
  tag('{{#Has annex}}'),
  { paragraph: 'III- ANNEX', style: 'heading1' },
  tag('{{/Has annex}}'),
  ...blockLines('Annexes'),
  tag('{{#Attendance list}}'),
  { paragraph: 'ATTENDANCE LIST', style: 'heading2' },
  {
    kind: 'grid',
    widths: [30, 120, 170, 90],
    table: [
      ['No.', 'Name', 'Organisation', 'Participant type', 'Gender'],
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

export const REPORT_TEMPLATE: readonly TemplateLine[] = [
  { paragraph: 'Progress Report', style: 'title', center: true },
  tag('{{#Organisation}}'),
  { paragraph: '{{Organisation}} – {{Date}}', style: 'subtitle', center: true },
  tag('{{/Organisation}}'),
  tag('{{^Organisation}}'),
  { paragraph: '{{Date}}', style: 'subtitle', center: true },
  tag('{{/Organisation}}'),
  { paragraph: 'Progress by Project Contributed to Strategic Outcomes', style: 'heading1' },
  ...labelled('Outcome:', 'Outcome'),
  { paragraph: '{{Project}}', style: 'heading2' },
  ...labelled('Objective of the Strategic Plan:', 'Strategic objective'),
  ...labelled('Project Objective:', 'Project objective'),
  ...labelled('Project Funding:', 'Funding'),
  ...labelled('Target Areas:', 'Target areas'),
  tag('{{#Sections}}'),
  { paragraph: '{{Heading}}:', style: 'heading2' },
  tag('{{#Items}}'),
  { bullet: '{{Number}} {{Text}}' },
  tag('{{/Items}}'),
  tag('{{/Sections}}'),
  tag('{{#Has indicators}}'),
  { paragraph: 'Indicators', style: 'heading2' },
  {
    kind: 'grid',
    widths: [56, 130, 58, 48, 100],
    table: [
      ['ID', 'Indicator', 'Baseline', 'Target', 'Actual', 'Progress to target'],
      [
        '{{#Indicators}}{{ID}}',
        '{{Indicator}}',
        '{{Baseline}}',
        '{{Target}}',
        '{{Actual}}',
        '{{Progress}}{{/Indicators}}',
      ],
    ],
  },
  tag('{{/Has indicators}}'),
];
