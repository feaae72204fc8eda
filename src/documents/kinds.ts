/**
 * The two kinds of document, described once: the sheet and key column they are made from, their
 * menu words, template setting and default template, how their sources are read and how one
 * document's data is prepared. generate.ts, run.ts and the jobs use these descriptions and never
 * branch on the kind.
 */
import type { Language } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { readTable, readValues } from '../sheets/io';
import { sheetsNeeded, type SheetValues } from '../indicators/engine';
import {
  AGENDA,
  ATTENDANCE,
  GROUP_WORK,
  INDICATOR_RESULTS,
  INDICATORS,
  LISTS,
  MEETINGS,
  PROJECTS,
  REPORT_ITEMS,
  SETTINGS,
  type SheetSpec,
  SETTING,
} from '../workbook/contract';
import { parseDay } from '../workbook/dates';
import type { Settings } from '../workbook/settings';
import { Table } from '../workbook/table';
import { cleanText, type Cell } from '../workbook/values';
import { minutesData } from './minutes/data';
import { buildMinutes, type MinutesSources } from './minutes/model';
import { minutesName, reportName, type DocumentKind } from './plan';
import type { Problem } from '../workbook/problem';
import { reportData } from './report/data';
import { chartPlan, type ChartPlan } from './report/chart';
import { computedResults } from './report/indicators';
import { buildReport, type ReportSources } from './report/model';
import type { TemplateData } from './template';
import { minutesTemplate, reportTemplate, type TemplateLine } from './templates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a run reads once for every document of its kind. */
export interface KindInputs {
  spreadsheet: Spreadsheet;
  settings: Settings;
  settingsValues: Cell[][] | undefined;
  /** The zone date and time cells are read in: the spreadsheet's own (Sheets returns them so). */
  timeZone: string;
  /** Today in the organisation's zone (Settings › Time zone), for report names and dates. */
  isoToday: string;
  /** Problems of the whole run (added to each document). */
  runProblems: Problem[];
}

/** One document's data, ready for its template. */
export interface PreparedDocument {
  data: TemplateData;
  name: string;
  /** Its row in Meetings/Projects. */
  row: number;
  /** The row's Document cell as typed. */
  link: string;
  /** The row's own Template cell ('' when none). */
  ownTemplate: string;
  /** Group work columns the template's group table needs (0: no group table). */
  groups: number;
  /** Period columns of a report's indicators table (0: none). */
  periods: number;
  /** The document's language (its row's Language, else Settings › Language). */
  language: Language;
  /** A report's chart of target against actual, put where the template has {{Chart}}. */
  chart?: ChartPlan;
}

export interface DocumentKindDescription<Sources = unknown> {
  kind: DocumentKind;
  /** The sheet the documents are made from, and its key column. */
  sheet: SheetSpec;
  key: 'Meeting ID' | 'Project ID';
  /** As people read it in messages: "minutes", "progress report". */
  label: string;
  /** Plural, for counts: "minutes", "progress reports". */
  plural: string;
  /** Whether a run may share its documents with partners (reports). */
  shares: boolean;
  /** Menu words (src/i18n): the prompt's title and question, and the alert's title. */
  messages: { prompt: MessageKey; ask: MessageKey; title: MessageKey };
  /** The DocumentOptions field that names the IDs. */
  option: 'meetingId' | 'projectId';
  /** The Settings row naming the template, and the default template's file name and lines, by language. */
  templateSetting: string;
  templateName: MessageKey;
  defaultTemplate: (language: Language) => readonly TemplateLine[];
  /** Reads the sheets this kind needs (one read per sheet). */
  read(inputs: KindInputs): Sources;
  /** The kind's own sheet (Meetings, Projects) as read. */
  table(sources: Sources): Table | undefined;
  /** One document's data, or undefined (with problems) when it cannot be made. */
  prepare(
    sources: Sources,
    inputs: KindInputs,
    id: string,
    problems: Problem[],
  ): PreparedDocument | undefined;
}

const MINUTES: DocumentKindDescription<MinutesSources> = {
  kind: 'minutes',
  sheet: MEETINGS,
  key: 'Meeting ID',
  label: 'minutes',
  plural: 'minutes',
  shares: false,
  messages: {
    prompt: 'documents.prompt.minutes',
    ask: 'documents.ask.minutes',
    title: 'documents.title.minutes',
  },
  option: 'meetingId',
  templateSetting: SETTING.minutesTemplate,
  templateName: 'documents.template.minutes',
  defaultTemplate: minutesTemplate,
  read: ({ spreadsheet, settings, timeZone }) => ({
    meetings: readTable(spreadsheet, MEETINGS),
    attendance: readTable(spreadsheet, ATTENDANCE),
    agenda: readTable(spreadsheet, AGENDA),
    groupWork: readTable(spreadsheet, GROUP_WORK),
    lists: readTable(spreadsheet, LISTS),
    timeZone,
    language: settings.language,
  }),
  table: (sources) => sources.meetings,
  prepare(sources, inputs, id, problems) {
    const result = buildMinutes(sources, id);
    problems.push(...result.problems);
    const model = result.model;
    if (!model || result.problems.some((p) => p.severity === 'error')) return undefined;
    return {
      data: minutesData(model, { organisation: inputs.settings.organisation }),
      name: minutesName(model.meetingId, model.meetingTitle, model.isoDate, model.language),
      row: model.row,
      link: model.document,
      ownTemplate: model.template,
      groups: model.groupWork.groups.length,
      periods: 0,
      language: model.language,
    };
  },
};

const REPORT: DocumentKindDescription<ReportSources> = {
  kind: 'report',
  sheet: PROJECTS,
  key: 'Project ID',
  label: 'progress report',
  plural: 'progress reports',
  shares: true,
  messages: {
    prompt: 'documents.prompt.report',
    ask: 'documents.ask.report',
    title: 'documents.title.report',
  },
  option: 'projectId',
  templateSetting: SETTING.reportTemplate,
  templateName: 'documents.template.report',
  defaultTemplate: reportTemplate,
  read({ spreadsheet, settings, settingsValues, timeZone, runProblems, isoToday }) {
    const indicatorValues = readValues(spreadsheet, INDICATORS.name);
    const indicators = indicatorValues
      ? Table.fromValues(INDICATORS.name, INDICATORS, indicatorValues)
      : undefined;
    // The sheets the indicators engine reads (one read per sheet): the IPTT's period columns and
    // the figures of a report with a report period are computed from them.
    let indicatorSheets: SheetValues | undefined;
    if (indicators && indicators.rows.length > 0) {
      indicatorSheets = { [INDICATORS.name]: indicatorValues, [SETTINGS.name]: settingsValues };
      for (const name of sheetsNeeded(indicatorValues))
        indicatorSheets[name] ??= readValues(spreadsheet, name);
    }
    let indicatorResults = readTable(spreadsheet, INDICATOR_RESULTS);
    if ((!indicatorResults || indicatorResults.rows.length === 0) && indicatorSheets) {
      // No figures in the sheet yet: compute them now, not written back.
      const computed = computedResults(indicatorSheets, timeZone);
      indicatorResults = computed.results;
      runProblems.push(...computed.problems);
    }
    return {
      projects: readTable(spreadsheet, PROJECTS),
      reportItems: readTable(spreadsheet, REPORT_ITEMS),
      indicatorResults,
      indicators,
      indicatorSheets,
      today: dayOfIso(isoToday),
      lists: readTable(spreadsheet, LISTS),
      timeZone,
      language: settings.language,
    };
  },
  table: (sources) => sources.projects,
  prepare(sources, inputs, id, problems) {
    const result = buildReport(sources, id);
    problems.push(...result.problems);
    const model = result.model;
    if (!model) return undefined;
    // Citation problems are errors but the report is still made: the markers show what to fix.
    return {
      data: reportData(model, { organisation: inputs.settings.organisation, date: inputs.isoToday }),
      name: reportName(model.projectId, model.title, inputs.isoToday, model.language),
      row: model.row,
      link: model.document,
      ownTemplate: ownTemplateOf(sources.projects, model.row),
      groups: 0,
      periods: model.periodColumns.length,
      language: model.language,
      chart: chartPlan(model.indicators, model.language),
    };
  },
};

function dayOfIso(iso: string): number | undefined {
  const parsed = parseDay(iso);
  return parsed.status === 'ok' ? parsed.value : undefined;
}

/** A row's own Template cell (Projects › Template), '' when blank or absent. */
function ownTemplateOf(table: Table | undefined, rowNumber: number): string {
  const row = table?.rows.find((r) => r.rowNumber === rowNumber);
  return table && row && table.has('Template') ? cleanText(table.get(row, 'Template')) : '';
}

export const DOCUMENT_KINDS: Readonly<Record<DocumentKind, DocumentKindDescription>> = {
  minutes: MINUTES as DocumentKindDescription,
  report: REPORT as DocumentKindDescription,
};
