/**
 * What every request of Documents.batchUpdate is checked and applied with: the fields each message
 * may carry (an unknown one is the API's "Unknown name" error), integers, and a request's context
 * (its segment, ranges, the prefix of its errors).
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request
 */
import type { FakeDocument } from '../document/document';
import { FakeParagraph } from '../document/paragraph';
import { ApiError } from '../sheets/schema';
import { placeAll, segmentOf, type Placed, type Segment } from './structure';

/** Fields of each message the emulation reads (others of the API throw as unknown or not emulated). */
export const FIELDS: Record<string, string[]> = {
  BatchUpdateDocumentRequest: ['requests', 'writeControl'],
  insertText: ['text', 'location', 'endOfSegmentLocation'],
  deleteContentRange: ['range'],
  updateTextStyle: ['range', 'textStyle', 'fields'],
  updateParagraphStyle: ['range', 'paragraphStyle', 'fields'],
  createParagraphBullets: ['range', 'bulletPreset'],
  deleteParagraphBullets: ['range'],
  insertTableRow: ['tableCellLocation', 'insertBelow'],
  deleteTableRow: ['tableCellLocation'],
  insertTableColumn: ['tableCellLocation', 'insertRight'],
  deleteTableColumn: ['tableCellLocation'],
  updateTableColumnProperties: ['tableStartLocation', 'columnIndices', 'tableColumnProperties', 'fields'],
  TableColumnProperties: ['widthType', 'width'],
  Dimension: ['magnitude', 'unit'],
  Location: ['segmentId', 'index', 'tabId'],
  EndOfSegmentLocation: ['segmentId', 'tabId'],
  Range: ['segmentId', 'startIndex', 'endIndex', 'tabId'],
  TableCellLocation: ['tableStartLocation', 'rowIndex', 'columnIndex'],
};

export function checkFields(value: unknown, message: string, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ApiError(
      `Invalid JSON payload received. Invalid value at '${path}' (type.googleapis.com/google.apps.docs.v1.${message}).`,
    );
  const known = FIELDS[message];
  for (const name of Object.keys(value)) {
    if (!known.includes(name))
      throw new ApiError(
        `Invalid JSON payload received. Unknown name "${name}" at '${path}': Cannot find field.`,
      );
  }
  return value as Record<string, unknown>;
}

export function integer(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new ApiError(
      `Invalid JSON payload received. Invalid value at '${path}' (TYPE_INT32), ${JSON.stringify(value)}`,
    );
  return value;
}

/** One request's context: the document, and the prefix of its errors ("Invalid requests[3].insertText: "). */
export class Applier {
  constructor(
    readonly doc: FakeDocument,
    readonly prefix: string,
  ) {}
  fail(message: string): never {
    throw new ApiError(`${this.prefix}${message}`);
  }
  segment(segmentId: unknown, tabId: unknown, path: string): Segment {
    if (tabId !== undefined && tabId !== '' && tabId !== 't.0')
      this.fail(`${path}.tabId: The tab ${String(tabId)} was not found.`);
    if (segmentId !== undefined && typeof segmentId !== 'string') integer(segmentId, `${path}.segmentId`);
    const segment = segmentOf(this.doc, segmentId as string | undefined);
    if (!segment) this.fail(`The segment ID ${String(segmentId)} was not found.`);
    return segment;
  }
  end(segment: Segment): number {
    const all = placeAll(segment).filter((p) => p.container === segment.container);
    return all.length ? all[all.length - 1].end : segment.start;
  }
  range(value: unknown, path: string): { segment: Segment; start: number; end: number } {
    const range = checkFields(value, 'Range', path);
    const segment = this.segment(range.segmentId, range.tabId, path);
    const start = integer(range.startIndex ?? 0, `${path}.startIndex`);
    const end = integer(range.endIndex ?? 0, `${path}.endIndex`);
    const last = this.end(segment);
    if (start < segment.start) this.fail(`Index ${start} must be greater than or equal to ${segment.start}.`);
    if (end > last)
      this.fail(`Index ${end - 1} must be less than the end index of the referenced segment, ${last}.`);
    if (start >= end) this.fail('The range should not be empty.');
    return { segment, start, end };
  }
  paragraphsIn(segment: Segment, start: number, end: number): Placed[] {
    return placeAll(segment).filter(
      (p) => p.element instanceof FakeParagraph && p.start < end && p.end > start,
    );
  }
}

export type Handler = (a: Applier, payload: Record<string, unknown>, path: string) => void;
