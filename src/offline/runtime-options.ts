/** What an offline run is given (RuntimeOptions) and what it measures (RunStats). */
import type ExcelJS from 'exceljs';
import type { Cell } from '../workbook/values';
import type { PromptAnswers, UiEvent } from './services/host';
import type { PropertyStores } from './services/properties';
import type { ServiceFactory } from './services/registry';

export interface RuntimeOptions {
  /** The .xlsx to open (read only: save writes elsewhere). */
  workbookPath?: string;
  /** Or an in-memory workbook: sheet name → rows (first row = headers). Text stays text. */
  sheets?: Record<string, Cell[][]>;
  /** Or an exceljs workbook already built. */
  workbook?: ExcelJS.Workbook;
  /** The bundle to load (default build/Code.js). */
  codePath?: string;
  /**
   * The spreadsheet's time zone (File › Settings in Sheets); default what the sidecar kept, else
   * Asia/Phnom_Penh. Independent of Settings › Time zone and of the script's zone.
   */
  timeZone?: string;
  /**
   * The user running the script (--as): an editor of the spreadsheet (added to its editors when
   * the owner had not shared it yet). Default: the owner.
   */
  userEmail?: string;
  /** The spreadsheet's owner when no sidecar says who it is (default you@example.org). */
  ownerEmail?: string;
  /** Enforce the execution time limit (default true; the bench measures past it instead). */
  timeLimit?: boolean;
  /** The running user's locale (Session.getActiveUserLocale; default 'en'). */
  locale?: string;
  /** Run as an editor add-on (--addon): add-on trigger rules, identity withheld. */
  addon?: boolean;
  /** Answers to Ui.prompt, in order or by title/text; unanswered prompts are cancelled. */
  prompts?: PromptAnswers;
  /** How YES_NO / OK_CANCEL alerts are answered (default true: YES/OK). */
  confirm?: boolean;
  /** The selection, e.g. 'CBOs!A5' or 'CBOs!A5:C7' (active sheet + active range). */
  selection?: string;
  /** Receives every alert/prompt/toast/log line as it happens (the CLI prints them). */
  onUi?: (event: UiEvent) => void;
  /** Extra or replacement services by global name (DocumentApp, DriveApp, ...). */
  services?: Record<string, ServiceFactory>;
  /** Where generated files go (the Drive stand-in); default <repo>/out. */
  outDir?: string;
  /** Initial properties (merged over the sidecar's). */
  properties?: Partial<PropertyStores>;
  /** Name shown for the add-on menu (createAddonMenu). */
  addonName?: string;
  /**
   * Spreadsheets SpreadsheetApp.openById can open: ID → .xlsx path (e.g. from a folder's
   * `.index.json`, see readSpreadsheetIndex). Loaded by open(), before any entry point runs.
   */
  spreadsheetFiles?: Record<string, string>;
  /**
   * Where save() writes created spreadsheets (and opened ones when saveOpened), relative to the
   * saved workbook's folder (default: that folder). The folder gets an `.index.json` (ID → file).
   */
  spreadsheetsDir?: string;
  /** Also save the spreadsheets opened by ID (never over the file they were read from). */
  saveOpened?: boolean;
}

export interface RunStats {
  functionName: string;
  /** Wall time of the call. */
  wallMs: number;
  /** Time inside emulated services. */
  serviceMs: number;
  /** Time in the bundle's own code (wall − service). */
  ms: number;
  serviceCalls: number;
  /** Estimated Apps Script seconds of the run (services/cost.ts). */
  appsScriptSeconds: number;
  cellsRead: number;
  cellsWritten: number;
}
