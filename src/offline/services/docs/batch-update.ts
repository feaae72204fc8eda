/**
 * Documents.batchUpdate over the emulated document model: each request is carried out on the
 * elements DocumentApp uses, with Google's index model (structure.ts) and its structural rules:
 * https://developers.google.com/workspace/docs/api/concepts/rules-behavior
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request
 * A request kind or field the API does not have is the API's error; one it has but this
 * emulation does not model throws `not emulated: ...`. The batch is atomic, as documented ("If
 * any request is not valid, then the entire request will fail and nothing will be applied"):
 * on an error the document is put back as it was.
 */
import type { FakeContainer } from '../document/container';
import type { FakeDocument } from '../document/document';
import type { Attributes } from '../document/enums';
import type { FakeElement } from '../document/element';
import { FakeListItem, FakeParagraph, newListId } from '../document/paragraph';
import { FakeTableCell } from '../document/container';
import { FakeTable } from '../document/table';
import { FakeText } from '../document/text';
import { documentFromModel, documentToModel } from '../document/serialize';
import { ApiError } from '../sheets/schema';
import { fromApiText, inlineLength, placeAll, type Segment } from './structure';
import { BULLET_PRESETS, paragraphChanges, textChanges } from './styles';
import { TABLE_HANDLERS } from './tables';
import { Applier, checkFields, integer, type Handler } from './applier';

import D = GoogleAppsScript.Docs.Schema;

/** Request kinds of the API (the reference's union); those without a handler are `not emulated`. */
const API_REQUESTS = new Set([
  'replaceAllText',
  'insertText',
  'updateTextStyle',
  'createParagraphBullets',
  'deleteParagraphBullets',
  'createNamedRange',
  'deleteNamedRange',
  'updateParagraphStyle',
  'deleteContentRange',
  'insertInlineImage',
  'insertTable',
  'insertTableRow',
  'insertTableColumn',
  'deleteTableRow',
  'deleteTableColumn',
  'insertPageBreak',
  'deletePositionedObject',
  'updateTableColumnProperties',
  'updateTableCellStyle',
  'updateTableRowStyle',
  'replaceImage',
  'updateDocumentStyle',
  'mergeTableCells',
  'unmergeTableCells',
  'createHeader',
  'createFooter',
  'createFootnote',
  'replaceNamedRangeContent',
  'updateSectionStyle',
  'insertSectionBreak',
  'deleteHeader',
  'deleteFooter',
  'pinTableHeaderRows',
  'addDocumentTab',
  'deleteTab',
  'updateDocumentTabProperties',
  'insertPerson',
  'insertDate',
]);

export function batchUpdate(doc: FakeDocument, resource: unknown): D.BatchUpdateDocumentResponse {
  const body = checkFields(resource, 'BatchUpdateDocumentRequest', 'batch_update_document_request');
  if (body.writeControl !== undefined) throw new Error('not emulated: Docs batchUpdate writeControl');
  const requests = body.requests ?? [];
  if (!Array.isArray(requests))
    throw new ApiError("Invalid JSON payload received. Invalid value at 'requests', expected a list.");
  const before = documentToModel(doc);
  try {
    requests.forEach((request, i) => applyRequest(doc, request, i));
  } catch (error) {
    restore(doc, before);
    throw error;
  }
  return { documentId: doc._id, replies: requests.map(() => ({})), writeControl: {} };
}

function restore(doc: FakeDocument, model: ReturnType<typeof documentToModel>): void {
  const copy = documentFromModel(model);
  doc._body = copy._body;
  doc._header = copy._header;
  doc._footer = copy._footer;
}

function applyRequest(doc: FakeDocument, request: unknown, i: number): void {
  const path = `requests[${i}]`;
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw new ApiError(
      `Invalid JSON payload received. Invalid value at '${path}' (type.googleapis.com/google.apps.docs.v1.Request).`,
    );
  const kinds = Object.keys(request);
  for (const kind of kinds)
    if (!API_REQUESTS.has(kind))
      throw new ApiError(
        `Invalid JSON payload received. Unknown name "${kind}" at '${path}': Cannot find field.`,
      );
  if (kinds.length !== 1)
    throw new ApiError(`Invalid requests[${i}]: exactly one request kind must be set (got ${kinds.length}).`);
  const kind = kinds[0];
  const handler = HANDLERS[kind];
  if (!handler) throw new Error(`not emulated: Docs.Documents.batchUpdate ${kind}`);
  const payload = checkFields((request as Record<string, unknown>)[kind], kind, `${path}.${kind}`);
  handler(new Applier(doc, `Invalid requests[${i}].${kind}: `), payload, `${path}.${kind}`);
}

const HANDLERS: Record<string, Handler> = {
  insertText(a, p, path) {
    const raw = p.text;
    if (typeof raw !== 'string') return a.fail('text is required.');
    if ((p.location === undefined) === (p.endOfSegmentLocation === undefined))
      a.fail('Exactly one of location or endOfSegmentLocation must be set.');
    let segment: Segment;
    let index: number;
    if (p.location !== undefined) {
      const location = checkFields(p.location, 'Location', `${path}.location`);
      segment = a.segment(location.segmentId, location.tabId, `${path}.location`);
      index = integer(location.index ?? 0, `${path}.location.index`);
    } else {
      const location = checkFields(
        p.endOfSegmentLocation,
        'EndOfSegmentLocation',
        `${path}.endOfSegmentLocation`,
      );
      segment = a.segment(location.segmentId, location.tabId, `${path}.endOfSegmentLocation`);
      index = a.end(segment) - 1;
    }
    const last = a.end(segment);
    if (index < segment.start) a.fail(`Index ${index} must be greater than or equal to ${segment.start}.`);
    if (index >= last)
      a.fail(`Index ${index} must be less than the end index of the referenced segment, ${last}.`);
    const placed = placeAll(segment).find(
      (pl) => pl.element instanceof FakeParagraph && pl.start <= index && index < pl.end,
    );
    if (!placed)
      return a.fail(
        'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
      );
    // Control characters U+0000-U+0008, U+000C-U+001F (but the newline) and the private use area are stripped.
    const text = fromApiText(
      // eslint-disable-next-line no-control-regex
      raw.replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, ''),
    );
    insertText(placed.element as FakeParagraph, index - placed.start, text);
  },

  deleteContentRange(a, p, path) {
    const { segment, start, end } = a.range(p.range, `${path}.range`);
    const all = placeAll(segment);
    const first = all.find(
      (pl) => pl.start <= start && start < pl.end && pl.element instanceof FakeParagraph,
    );
    const whole = all.filter((pl) => pl.start >= start && pl.end <= end);
    // Within one paragraph, its newline kept.
    if (first && end < first.end) {
      deleteInParagraph(first.element as FakeParagraph, start - first.start, end - first.start);
      return;
    }
    // Whole structural elements of one container.
    const container = whole[0]?.container;
    const top = whole.filter((pl) => pl.container === container);
    const covered = top.length > 0 && top[0].start === start && top[top.length - 1].end === end;
    if (!covered || !container) {
      if (
        all.some(
          (pl) =>
            pl.element instanceof FakeTable &&
            pl.start < end &&
            pl.end > start &&
            !(pl.start >= start && pl.end <= end),
        )
      )
        a.fail('Invalid deletion range. Cannot delete the requested range: it is partially inside a table.');
      throw new Error(
        'not emulated: Docs deleteContentRange across paragraph boundaries that is not whole paragraphs or tables',
      );
    }
    const children = container._children.filter((c) => c instanceof FakeParagraph || c instanceof FakeTable);
    const lastChild = children[children.length - 1];
    if (top.some((pl) => pl.element === lastChild)) {
      a.fail(
        container instanceof FakeTableCell
          ? 'The range cannot include the newline character at the end of a table cell.'
          : 'The range cannot include the newline character at the end of the segment.',
      );
    }
    for (const pl of top) container._removeChild(pl.element);
  },

  updateTextStyle(a, p, path) {
    const { segment, start, end } = a.range(p.range, `${path}.range`);
    const changes = textChanges((p.textStyle ?? {}) as D.TextStyle, p.fields, path);
    for (const pl of a.paragraphsIn(segment, start, end)) {
      const paragraph = pl.element as FakeParagraph;
      let at = pl.start;
      for (const child of paragraph._children) {
        const length = inlineLength(child);
        if (child instanceof FakeText && length > 0) {
          const from = Math.max(start, at) - at;
          const to = Math.min(end, at + length) - at;
          if (from < to) child._apply(from, to - 1, changes);
        }
        at += length;
      }
    }
  },

  updateParagraphStyle(a, p, path) {
    const { segment, start, end } = a.range(p.range, `${path}.range`);
    const changes = paragraphChanges((p.paragraphStyle ?? {}) as D.ParagraphStyle, p.fields, path);
    for (const pl of a.paragraphsIn(segment, start, end)) {
      const attrs = pl.element._attrs;
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) delete attrs[key];
        else attrs[key] = value;
      }
    }
  },

  createParagraphBullets(a, p, path) {
    const { segment, start, end } = a.range(p.range, `${path}.range`);
    const preset = p.bulletPreset;
    if (typeof preset !== 'string' || !(preset in BULLET_PRESETS))
      throw new ApiError(`Invalid value at '${path}.bulletPreset', ${JSON.stringify(preset)}`);
    const glyphs = BULLET_PRESETS[preset];
    const paragraphs = a.paragraphsIn(segment, start, end);
    // "If the paragraph immediately before is in a list with a matching preset, the paragraphs
    // being updated are added to that preceding list" (rules-behavior).
    const first = paragraphs[0];
    const siblings = first.container._children;
    const before = siblings[siblings.indexOf(first.element) - 1];
    const joins = before instanceof FakeListItem && before._glyph === glyphs[before._nesting % glyphs.length];
    const listId = joins ? before._listId : newListId();
    const levels = joins ? before._levels : null;
    for (const pl of paragraphs) {
      const paragraph = pl.element as FakeParagraph;
      // Leading tabs give the nesting level and are removed.
      let tabs = 0;
      const text = paragraph._children[0];
      if (text instanceof FakeText) {
        while (text._chars[tabs] === '\t') tabs++;
        if (tabs) text.deleteText(0, tabs - 1);
      }
      const item = asListItem(paragraph);
      item._listId = listId;
      item._levels = levels;
      item._nesting = Math.min(tabs, 8);
      item._glyph = glyphs[item._nesting % glyphs.length];
    }
  },

  deleteParagraphBullets(a, p, path) {
    const { segment, start, end } = a.range(p.range, `${path}.range`);
    for (const pl of a.paragraphsIn(segment, start, end)) {
      if (!(pl.element instanceof FakeListItem)) continue;
      const nesting = pl.element._nesting;
      const paragraph = copyParagraphInto(pl.element, new FakeParagraph());
      // "The nesting level of each paragraph will be visually preserved by adding indent to the
      // start of the corresponding paragraph" (the reference); Docs' list indent is 36 pt a level.
      if (nesting > 0) paragraph._attrs.INDENT_START = 36 * nesting;
      replaceParagraph(pl.element, paragraph);
    }
  },

  ...TABLE_HANDLERS,
};

/** The attributes inserted text takes: the character before the index in its paragraph, else the one after. */
function insertionAttrs(paragraph: FakeParagraph, offset: number): Attributes {
  let at = 0;
  let before: Attributes | undefined;
  let after: Attributes | undefined;
  for (const child of paragraph._children) {
    const length = inlineLength(child);
    if (child instanceof FakeText) {
      if (offset > at && offset <= at + length) before = child._attrs[offset - at - 1];
      if (after === undefined && offset >= at && offset < at + length) after = child._attrs[offset - at];
    }
    at += length;
  }
  return before ?? after ?? {};
}

/** Inserts text (newlines make paragraphs, which copy the paragraph's style and bullet) at a paragraph offset. */
export function insertText(paragraph: FakeParagraph, offset: number, text: string): void {
  if (text === '') return;
  const attrs = insertionAttrs(paragraph, offset);
  const parts = text.split('\n');
  let current = paragraph;
  let at = offset;
  parts.forEach((part, i) => {
    if (i > 0) {
      current = splitParagraph(current, at);
      at = 0;
    }
    insertChars(current, at, part, attrs);
    at += part.length;
  });
}

function insertChars(paragraph: FakeParagraph, offset: number, chars: string, attrs: Attributes): void {
  if (!chars) return;
  let at = 0;
  for (let k = 0; k <= paragraph._children.length; k++) {
    const child = paragraph._children[k];
    // Into the text that ends or holds the offset.
    if (child instanceof FakeText && offset >= at && offset <= at + child._chars.length) {
      const local = offset - at;
      child._chars = child._chars.slice(0, local) + chars + child._chars.slice(local);
      child._attrs.splice(local, 0, ...new Array(chars.length).fill(attrs));
      return;
    }
    if (at === offset || !child) {
      paragraph._insertChild(k, new FakeText(chars, attrs));
      return;
    }
    at += inlineLength(child);
  }
}

/** Splits a paragraph at an offset: the new paragraph after it has the rest, the same style and bullet. */
function splitParagraph(paragraph: FakeParagraph, offset: number): FakeParagraph {
  const next =
    paragraph instanceof FakeListItem
      ? Object.assign(new FakeListItem(), {
          _listId: paragraph._listId,
          _glyph: paragraph._glyph,
          _nesting: paragraph._nesting,
          _levels: paragraph._levels,
        })
      : new FakeParagraph();
  next._attrs = { ...paragraph._attrs };
  let at = 0;
  const moved: FakeElement[] = [];
  for (const child of [...paragraph._children]) {
    const length = inlineLength(child);
    if (at >= offset) moved.push(child);
    else if (child instanceof FakeText && offset < at + length) {
      const local = offset - at;
      const tail = new FakeText();
      tail._chars = child._chars.slice(local);
      tail._attrs = child._attrs.slice(local);
      child._chars = child._chars.slice(0, local);
      child._attrs = child._attrs.slice(0, local);
      moved.push(tail);
    }
    at += length;
  }
  for (const child of moved) {
    if (child._parent) paragraph._removeChild(child);
    next._insertChild(next._children.length, child);
  }
  const parent = paragraph._parent as FakeContainer;
  parent._insertChild(parent._children.indexOf(paragraph) + 1, next);
  return next;
}

/** Deletes [from, to) of a paragraph's inline content (its newline not included). */
function deleteInParagraph(paragraph: FakeParagraph, from: number, to: number): void {
  let at = 0;
  for (const child of [...paragraph._children]) {
    const length = inlineLength(child);
    const start = Math.max(from, at);
    const end = Math.min(to, at + length);
    if (start < end) {
      if (child instanceof FakeText) {
        child._chars = child._chars.slice(0, start - at) + child._chars.slice(end - at);
        child._attrs.splice(start - at, end - start);
      } else paragraph._removeChild(child);
    }
    at += length;
  }
}

function copyParagraphInto<T extends FakeParagraph>(source: FakeParagraph, target: T): T {
  target._attrs = { ...source._attrs };
  for (const child of [...source._children]) {
    source._removeChild(child);
    target._insertChild(target._children.length, child);
  }
  return target;
}

function replaceParagraph(old: FakeParagraph, replacement: FakeParagraph): void {
  const parent = old._parent as FakeContainer;
  const index = parent._children.indexOf(old);
  parent._removeChild(old);
  parent._insertChild(index, replacement);
}

function asListItem(paragraph: FakeParagraph): FakeListItem {
  if (paragraph instanceof FakeListItem) return paragraph;
  const item = copyParagraphInto(paragraph, new FakeListItem());
  replaceParagraph(paragraph, item);
  return item;
}
