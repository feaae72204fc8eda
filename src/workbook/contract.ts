/**
 * The workbook contract, the single source of docs/workbook.md (`npx cbo-tracker contract --write`): every sheet and header CBO Tracker reads
 * and writes. Headers are the contract's own spelling; `aliases` are extra spellings we accept.
 */

export type ColumnKind = 'text' | 'whole' | 'number' | 'date' | 'time' | 'yesno' | 'list' | 'email' | 'phone';

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** For kind 'list': the `Lists` column that holds the allowed values, or a fixed set. */
  list?: string;
  choices?: readonly string[];
  /** Extra header spellings accepted when reading. */
  aliases?: readonly string[];
  /** One item per line. */
  multiline?: boolean;
  /** Written by the tool (e.g. Document links). */
  written?: boolean;
  /** Numbers: the smallest value allowed. */
  min?: number;
  /** Numbers: the largest value allowed; 'this-year' is the current year. */
  max?: number | 'this-year';
  /** Dates: today or earlier. */
  notFuture?: boolean;
  /** E-mail: several addresses, separated by commas. */
  manyEmails?: boolean;
  /** Text that must be in Khmer script: an error or only a warning when it is not. */
  khmer?: 'error' | 'warning';
}

/**
 * The name of every sheet CBO Tracker reads or writes. Code names a sheet through its spec
 * (`CBOS.name`) or, where a literal type is needed, through this table; no other file spells a
 * sheet name (test/unit/workbook/contract-names.test.ts greps src for them).
 */
export const SHEET = {
  cbos: 'CBOs',
  advocacy: 'Advocacy',
  partners: 'Partners',
  geography: 'Geography',
  lists: 'Lists',
  indicators: 'Indicators',
  meetings: 'Meetings',
  attendance: 'Attendance',
  agenda: 'Agenda',
  groupWork: 'Group work',
  projects: 'Projects',
  reportItems: 'Report items',
  settings: 'Settings',
  validation: 'Validation',
  indicatorResults: 'Indicator results',
  changeLog: 'Change log',
  indicatorRows: 'Indicator rows',
  reportSharing: 'Report sharing',
  syncConflicts: 'Sync conflicts',
  partnerProblems: 'Partner problems',
  partnerSnapshots: 'Partner snapshots',
} as const;

/** Earliest Year established the contract accepts. */
export const FIRST_YEAR = 1979;

export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** The column that identifies a row, when there is one. */
  key?: string;
  /** Written by the tool and rebuilt each run. */
  output?: boolean;
  /** A record the tool appends to (every cell is the tool's): protected whole, not just its header. */
  record?: boolean;
}

/** The contract's headers of a sheet, in contract order. */
export function headersOf(spec: SheetSpec): string[] {
  return spec.columns.map((column) => column.header);
}

function textColumns(headers: readonly string[]): ColumnSpec[] {
  return headers.map((header) => ({ header, kind: 'text' as const }));
}

export const LEVELS = ['National', 'Provincial', 'District', 'Commune'] as const;
/** A Language column's choices; km, Khmer, ខ្មែរ, en, English … are read as them (i18n/language). */
export const LANGUAGE_CODES = ['en', 'km'] as const;
export const GENDERS = ['Female', 'Male', 'Other'] as const;
export const INDICATOR_KINDS = ['count', 'sum', 'percent'] as const;
export const INDICATOR_SOURCES = [SHEET.cbos, SHEET.advocacy, SHEET.partners, SHEET.attendance] as const;

/**
 * Extra spellings of fixed choices: valid, reported as non-canonical (a warning). A choice's Khmer
 * word (ស្រី, ថ្នាក់ជាតិ: the catalogue's, what a Khmer dropdown lists) is read without a warning
 * (workbook/choices).
 */
export const CHOICE_SYNONYMS: Record<string, Record<string, string>> = {
  Female: { f: 'Female', woman: 'Female', women: 'Female', នារី: 'Female' },
  Male: { m: 'Male', man: 'Male', men: 'Male' },
  Other: { ផ្សេងទៀត: 'Other' },
  National: { ជាតិ: 'National' },
  Provincial: { province: 'Provincial', ខេត្ត: 'Provincial', 'ខេត្ត/រាជធានី': 'Provincial' },
  District: { ស្រុក: 'District', ខណ្ឌ: 'District', ក្រុង: 'District' },
  Commune: { ឃុំ: 'Commune', សង្កាត់: 'Commune', 'ឃុំ/សង្កាត់': 'Commune', sangkat: 'Commune' },
};

export const CBOS: SheetSpec = {
  name: SHEET.cbos,
  key: 'CBO ID',
  columns: [
    { header: 'CBO ID', kind: 'text', required: true },
    { header: 'CBO name', kind: 'text', required: true },
    { header: 'CBO name (Khmer)', kind: 'text', khmer: 'error' },
    { header: 'Province', kind: 'text', required: true },
    { header: 'District', kind: 'text', required: true },
    { header: 'Commune', kind: 'text' },
    { header: 'Village', kind: 'text' },
    { header: 'Sector', kind: 'list', list: 'Sector', required: true },
    { header: 'Registration', kind: 'list', list: 'Registration', required: true },
    { header: 'Year established', kind: 'whole', min: FIRST_YEAR, max: 'this-year' },
    { header: 'Members', kind: 'whole', required: true, min: 0 },
    { header: 'Women members', kind: 'whole', min: 0 },
    { header: 'Youth members', kind: 'whole', min: 0 },
    { header: 'Leader', kind: 'text' },
    { header: 'Leader gender', kind: 'list', choices: GENDERS },
    { header: 'Phone', kind: 'phone' },
    { header: 'Email', kind: 'email', aliases: ['E-mail'] },
    { header: 'Partner', kind: 'text', required: true },
    { header: 'Target', kind: 'yesno', required: true },
    { header: 'Advocacy plan', kind: 'yesno', required: true },
    { header: 'Mapped on', kind: 'date', required: true, notFuture: true },
    { header: 'Notes', kind: 'text' },
  ],
};

export const ADVOCACY: SheetSpec = {
  name: SHEET.advocacy,
  columns: [
    { header: 'CBO ID', kind: 'text', required: true },
    { header: 'Date', kind: 'date', required: true, notFuture: true },
    { header: 'Level', kind: 'list', choices: LEVELS, required: true },
    { header: 'Authority', kind: 'text', required: true },
    { header: 'Issue', kind: 'list', list: 'Issue', required: true },
    { header: 'Result', kind: 'text' },
  ],
};

export const PARTNERS: SheetSpec = {
  name: SHEET.partners,
  key: 'Partner',
  columns: [
    { header: 'Partner', kind: 'text', required: true },
    { header: 'Type', kind: 'list', list: 'Organisation type', required: true },
    { header: 'Contact person', kind: 'text' },
    { header: 'Email', kind: 'email', aliases: ['E-mail'], manyEmails: true },
    { header: 'MoU start', kind: 'date' },
    { header: 'MoU end', kind: 'date' },
    { header: 'Exit strategy', kind: 'text' },
    { header: 'Receives reports', kind: 'yesno', required: true },
    // The partner's copy (a link or ID) once Create partner sheets made it. In the contract so that the
    // owner's Set up sheets adds it: a staff editor cannot add a column to a protected header row.
    { header: 'Partner sheet', kind: 'text', written: true },
    {
      header: 'Language',
      kind: 'list',
      choices: LANGUAGE_CODES,
    },
  ],
};

export const GEOGRAPHY: SheetSpec = {
  name: SHEET.geography,
  columns: [
    { header: 'Province', kind: 'text', required: true },
    { header: 'District', kind: 'text', required: true },
    { header: 'Commune', kind: 'text' },
    { header: 'Province (Khmer)', kind: 'text', khmer: 'warning' },
    { header: 'District (Khmer)', kind: 'text', khmer: 'warning' },
    { header: 'Commune (Khmer)', kind: 'text', khmer: 'warning' },
    { header: 'Code', kind: 'text' },
    { header: 'Target area', kind: 'yesno' },
  ],
};

export const LIST_NAMES = [
  'Sector',
  'Registration',
  'Issue',
  'Organisation type',
  'Participant type',
  'Report section',
] as const;

export const LISTS: SheetSpec = {
  name: SHEET.lists,
  columns: LIST_NAMES.map((header) => ({ header, kind: 'text' as const })),
};

export const INDICATORS: SheetSpec = {
  name: SHEET.indicators,
  key: 'ID',
  columns: [
    { header: 'ID', kind: 'text', required: true },
    { header: 'Indicator', kind: 'text', required: true },
    { header: 'Kind', kind: 'list', choices: INDICATOR_KINDS, required: true },
    { header: 'Source', kind: 'list', choices: INDICATOR_SOURCES, required: true },
    { header: 'Filter', kind: 'text' },
    { header: 'Denominator filter', kind: 'text' },
    { header: 'Sum of', kind: 'text' },
    { header: 'Denominator sum of', kind: 'text' },
    { header: 'Disaggregate by', kind: 'text' },
    { header: 'Period start', kind: 'date' },
    { header: 'Period end', kind: 'date' },
    { header: 'Baseline', kind: 'number' },
    { header: 'Target', kind: 'number' },
    {
      header: 'Unit',
      kind: 'text',
    },
    { header: 'Decimals', kind: 'whole', min: 0 },
  ],
};

export const MEETINGS: SheetSpec = {
  name: SHEET.meetings,
  key: 'Meeting ID',
  columns: [
    { header: 'Meeting ID', kind: 'text', required: true },
    { header: 'Title', kind: 'text', required: true },
    { header: 'Date', kind: 'date', required: true },
    { header: 'Start time', kind: 'time' },
    { header: 'End time', kind: 'time' },
    { header: 'Location', kind: 'text' },
    { header: 'Facilitator', kind: 'text' },
    { header: 'MC', kind: 'text' },
    { header: 'Minutes taker', kind: 'text' },
    { header: 'Objectives', kind: 'text', multiline: true },
    { header: 'Conclusions', kind: 'text', multiline: true },
    { header: 'Annexes', kind: 'text', multiline: true },
    { header: 'Template', kind: 'text' },
    { header: 'Document', kind: 'text', written: true },
    {
      header: 'Language',
      kind: 'list',
      choices: LANGUAGE_CODES,
    },
  ],
};

export const ATTENDANCE: SheetSpec = {
  name: SHEET.attendance,
  columns: [
    { header: 'Meeting ID', kind: 'text', required: true },
    { header: 'Name', kind: 'text', required: true },
    { header: 'Organisation', kind: 'text' },
    { header: 'Participant type', kind: 'list', list: 'Participant type' },
    { header: 'Gender', kind: 'list', choices: GENDERS },
    { header: 'Email', kind: 'email', aliases: ['E-mail'] },
  ],
};

export const AGENDA: SheetSpec = {
  name: SHEET.agenda,
  columns: [
    { header: 'Meeting ID', kind: 'text', required: true },
    { header: 'Order', kind: 'number' },
    { header: 'Session', kind: 'text', required: true },
    { header: 'Presenter', kind: 'text' },
    { header: 'Notes', kind: 'text', multiline: true },
  ],
};

export const GROUP_WORK: SheetSpec = {
  name: SHEET.groupWork,
  columns: [
    { header: 'Meeting ID', kind: 'text', required: true },
    { header: 'Theme', kind: 'text', required: true },
    { header: 'Group', kind: 'text', required: true },
    { header: 'Point', kind: 'text', required: true, multiline: true },
  ],
};

export const PROJECTS: SheetSpec = {
  name: SHEET.projects,
  key: 'Project ID',
  columns: [
    { header: 'Project ID', kind: 'text', required: true },
    { header: 'Title', kind: 'text' },
    {
      header: 'Outcome number',
      kind: 'whole',
      min: 1,
    },
    { header: 'Outcome', kind: 'text' },
    {
      header: 'Strategic plan',
      kind: 'text',
    },
    { header: 'Strategic objective', kind: 'text' },
    { header: 'Project objective', kind: 'text' },
    { header: 'Start', kind: 'date' },
    { header: 'End', kind: 'date' },
    {
      header: 'Report period start',
      kind: 'date',
    },
    {
      header: 'Report period end',
      kind: 'date',
    },
    { header: 'Funding', kind: 'number' },
    { header: 'Currency', kind: 'text' },
    { header: 'Donors', kind: 'text' },
    { header: 'Target areas', kind: 'text' },
    {
      header: 'Template',
      kind: 'text',
    },
    { header: 'Document', kind: 'text', written: true },
    {
      header: 'Language',
      kind: 'list',
      choices: LANGUAGE_CODES,
    },
  ],
};

export const REPORT_ITEMS: SheetSpec = {
  name: SHEET.reportItems,
  columns: [
    { header: 'Project ID', kind: 'text', required: true },
    { header: 'Section', kind: 'list', list: 'Report section', required: true },
    { header: 'Order', kind: 'number' },
    { header: 'Text', kind: 'text', required: true, multiline: true },
  ],
};

export const SETTINGS: SheetSpec = {
  name: SHEET.settings,
  key: 'Setting',
  columns: [
    { header: 'Setting', kind: 'text', required: true },
    { header: 'Value', kind: 'text' },
  ],
};

/**
 * The settings the tool reads (Settings › Setting), by the name code uses for them. Code names a
 * setting through this table, never as a literal (the contract-names test checks it).
 */
export const SETTING = {
  organisation: 'Organisation',
  minutesTemplate: 'Minutes template',
  reportTemplate: 'Report template',
  outputFolder: 'Output folder',
  shareReportsWithPartners: 'Share reports with partners',
  language: 'Language',
  timeZone: 'Time zone',
  // Protection of header rows and tool sheets (src/sharing): e-mails allowed to edit them, and
  // "warning" for warning-only protection.
  coordinators: 'Coordinators',
  protection: 'Protection',
} as const;

/** Every setting name, in the order docs/workbook.md lists them (pure: the bundle drops it unless used). */
export const SETTING_NAMES = /* @__PURE__ */ Object.values(SETTING);

export type SettingName = (typeof SETTING)[keyof typeof SETTING];

export const VALIDATION: SheetSpec = {
  name: SHEET.validation,
  output: true,
  columns: ['Severity', 'Sheet', 'Row', 'Column', 'Value', 'Problem', 'How to fix', 'Link'].map((header) => ({
    header,
    kind: 'text' as const,
  })),
};

export const INDICATOR_RESULTS: SheetSpec = {
  name: SHEET.indicatorResults,
  output: true,
  columns: [
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
    'Period',
    'Computed at',
  ].map((header) => ({ header, kind: 'text' as const })),
};

export const CHANGE_LOG: SheetSpec = {
  name: SHEET.changeLog,
  output: true,
  record: true,
  columns: ['Time', 'User', 'Sheet', 'Cell', 'Old value', 'New value'].map((header) => ({
    header,
    kind: 'text' as const,
  })),
};

/** `Indicator rows` (Compute indicators): the source rows behind each figure. */
export const INDICATOR_ROWS: SheetSpec = {
  name: SHEET.indicatorRows,
  output: true,
  columns: textColumns(['ID', 'Breakdown', 'Part', 'Sheet', 'Row', 'Key', 'Value']),
};

/** `Report sharing` (Share report): one row per address a report was shared with. */
export const REPORT_SHARING: SheetSpec = {
  name: SHEET.reportSharing,
  output: true,
  columns: textColumns([
    'Time',
    'Project ID',
    'Document',
    'Partner',
    'Email',
    'Access',
    'E-mail sent',
    'Problem',
  ]),
};

/** `Sync conflicts` (Collect partner sheets): values both the master and a partner changed. */
export const SYNC_CONFLICTS: SheetSpec = {
  name: SHEET.syncConflicts,
  output: true,
  columns: textColumns([
    'Partner',
    'CBO ID',
    'Column',
    'Master value',
    'Partner value',
    'Base value',
    'Time',
    'Note',
  ]),
};

/** `Partner problems` (Collect partner sheets): what was held back from a partner copy, and why. */
export const PARTNER_PROBLEMS: SheetSpec = {
  name: SHEET.partnerProblems,
  output: true,
  columns: textColumns([
    'Partner',
    'Sheet',
    'Row',
    'Column',
    'Value',
    'Severity',
    'Problem',
    'Fix',
    'Status',
  ]),
};

/** `Partner snapshots`: the values last agreed with each partner (the base of a three-way merge). */
export const PARTNER_SNAPSHOTS: SheetSpec = {
  name: SHEET.partnerSnapshots,
  output: true,
  record: true,
  columns: textColumns(['Partner', 'CBO ID', 'Values', 'Updated']),
};

/** The sheets users fill in. */
export const INPUT_SHEETS: readonly SheetSpec[] = [
  CBOS,
  ADVOCACY,
  PARTNERS,
  GEOGRAPHY,
  LISTS,
  INDICATORS,
  MEETINGS,
  ATTENDANCE,
  AGENDA,
  GROUP_WORK,
  PROJECTS,
  REPORT_ITEMS,
  SETTINGS,
];

/** The sheets the tool owns and rebuilds. */
export const OUTPUT_SHEETS: readonly SheetSpec[] = [VALIDATION, INDICATOR_RESULTS, CHANGE_LOG];

/** The sheets the tool makes when a menu item first needs them (Set up sheets does not add them). */
export const TOOL_SHEETS: readonly SheetSpec[] = [
  INDICATOR_ROWS,
  REPORT_SHARING,
  SYNC_CONFLICTS,
  PARTNER_PROBLEMS,
  PARTNER_SNAPSHOTS,
];

/**
 * What a column is for, when its header does not say it: docs/workbook.md shows it (contract-doc.ts).
 * Nothing in the Apps Script bundle reads this table, so the build leaves it out of Code.js (its
 * keys are the sheet names as text: a computed key, `[SHEET.projects]`, would keep it in).
 */
export const COLUMN_NOTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Partners: {
    Language:
      "the language of this partner's copy (km: Khmer notes and dropdown help); blank: Settings › Language",
  },
  Indicators: {
    Unit: 'what the figures count ("CBOs", "participants"), shown after the target; a percent is in %',
  },
  Meetings: {
    Language:
      "the language of this meeting's minutes (en or km, also English, Khmer, ខ្មែរ); blank: Settings › Language",
  },
  Projects: {
    'Outcome number': 'the strategic outcome the project contributes to: 1 heads the report "Outcome One"',
    'Strategic plan':
      'its name, e.g. "API Strategic Plan 2019-23": the report says "Objective of the API Strategic Plan 2019-23"',
    'Report period start':
      'the period the progress report covers; also the period of the indicators it cites that have no Period start',
    'Report period end':
      'on or after Report period start; also the period of the indicators cited that have no Period end',
    Template:
      "this project's own report template: a Google Doc's link, or offline a Word file's path (docs/templates-word.md)",
    Language:
      "the language of this project's progress report (en or km, also English, Khmer, ខ្មែរ); blank: Settings › Language",
  },
};

/** Every sheet of the contract: what CBO Tracker protects (src/sharing/protection) when present. */
export const CONTRACT_SHEETS: readonly SheetSpec[] = [...INPUT_SHEETS, ...OUTPUT_SHEETS, ...TOOL_SHEETS];
