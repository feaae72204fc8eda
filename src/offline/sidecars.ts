/**
 * The JSON files the offline runtime keeps beside a saved workbook (what an .xlsx cannot hold:
 * document properties, protections with their editors, a created spreadsheet's editors). They are
 * read back on a later run, possibly after someone edited them by hand: zod states their shape, and
 * a damaged file is one clear line naming the file and the field, never a crash later on.
 */
import fs from 'node:fs';
import { z } from 'zod';

const Strings = z.record(z.string(), z.string());

export const PropertiesSidecar = z.object({
  script: Strings.default({}),
  document: Strings.default({}),
  user: Strings.default({}),
});

const Protection = z.object({
  type: z.enum(['RANGE', 'SHEET']),
  sheetName: z.string(),
  range: z.string(),
  description: z.string(),
  warningOnly: z.boolean(),
  editors: z.array(z.string()),
  unprotectedRanges: z.array(z.string()),
});

/**
 * A spreadsheet's sharing: its ID, owner, editors, protections, time zone and grids (an older file holds
 * the protections only, as a list).
 */
export const ProtectionsSidecar = z.union([
  z.array(Protection),
  z.object({
    /** The spreadsheet's ID: the same spreadsheet whichever folder its next run reads it from. */
    id: z.string().optional(),
    owner: z.string().optional(),
    editors: z.array(z.string()).optional(),
    protections: z.array(Protection).optional(),
    timeZone: z.string().optional(),
    /** Each sheet's grid (an .xlsx does not record the empty rows and columns of a sheet). */
    grids: z
      .record(z.string(), z.object({ rows: z.number().int().min(1), columns: z.number().int().min(1) }))
      .optional(),
    /** Drive's modifiedTime of the spreadsheet when it was saved, and the SHA-1 of the .xlsx saved. */
    modifiedTime: z.string().optional(),
    sha1: z.string().optional(),
  }),
]);

export class SidecarError extends Error {}

/** Reads and checks a sidecar; undefined when the file does not exist. */
export function readSidecar<T extends z.ZodType>(file: string, schema: T): z.output<T> | undefined {
  if (!fs.existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SidecarError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new SidecarError(
      `${file}: unexpected content${where} (${issue.message}); delete the file to start afresh`,
    );
  }
  return parsed.data;
}

/** The installable triggers of a workbook's script, each with its installer. */
export const TriggersSidecar = z.array(
  z.object({
    uid: z.string(),
    handler: z.string(),
    eventType: z.enum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE', 'ON_FORM_SUBMIT', 'ON_EVENT_UPDATED']),
    source: z.enum(['CLOCK', 'SPREADSHEETS', 'FORMS', 'DOCUMENTS', 'CALENDAR']),
    sourceId: z.string().nullable(),
    schedule: z.record(z.string(), z.union([z.number(), z.string()])).nullable(),
    createdAt: z.number(),
    user: z.string().optional(),
    documentId: z.string().nullable().optional(),
  }),
);
