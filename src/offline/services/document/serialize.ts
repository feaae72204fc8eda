/** JSON model of an emulated document, so that a later run can open and update it. */
import type { Attributes, AutoTextType, ListLevel, RowStyle } from './enums';
import {
  FakeBody,
  type FakeContainer,
  FakeFooterSection,
  FakeHeaderSection,
  FakeTableCell,
} from './container';
import { FakeDocument } from './document';
import type { FakeElement } from './element';
import {
  FakeHorizontalRule,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeUnsupportedElement,
} from './paragraph';
import { FakeTable, FakeTableRow } from './table';
import { FakeInlineImage, imageInfo } from './inline-image';
import { FakeText } from './text';

type Run = { text: string; attrs: Attributes };
type Inline =
  | { text: Run[] }
  | { pageBreak: true }
  | { horizontalRule: true }
  /** A page number or page count field (Docs' AutoText). */
  | { autoText: AutoTextType }
  /** An inline image: its bytes (base64), its size in pixels, its alternative text. */
  | { image: { data: string; width: number; height: number; title?: string; description?: string } };
export type BlockModel =
  | { type: 'PARAGRAPH'; attrs: Attributes; children: Inline[] }
  | {
      type: 'LIST_ITEM';
      attrs: Attributes;
      children: Inline[];
      listId: string;
      glyph: string;
      nesting: number;
    }
  | {
      type: 'TABLE';
      attrs: Attributes;
      widths: (number | null)[];
      rows: {
        attrs: Attributes;
        /** tableHeader (repeats on each page), preventOverflow (does not split). */
        style?: RowStyle;
        cells: { attrs: Attributes; children: BlockModel[] }[];
      }[];
    };
export interface DocumentModel {
  id: string;
  name: string;
  body: BlockModel[];
  header: BlockModel[] | null;
  footer: BlockModel[] | null;
  /** The page: PAGE_WIDTH, PAGE_HEIGHT, MARGIN_* in points (absent: the default page). */
  page?: Attributes;
  /** The levels of lists that have them (imported Word lists), by list ID. */
  lists?: Record<string, ListLevel[]>;
}

export function documentToModel(doc: FakeDocument): DocumentModel {
  const model: DocumentModel = {
    id: doc._id,
    name: doc._name,
    body: blocks(doc._body),
    header: doc._header ? blocks(doc._header) : null,
    footer: doc._footer ? blocks(doc._footer) : null,
  };
  if (Object.keys(doc._body._attrs).length > 0) model.page = { ...doc._body._attrs };
  const lists: Record<string, ListLevel[]> = {};
  for (const section of [doc._body, doc._header, doc._footer])
    for (const item of section?.getListItems() ?? []) if (item._levels) lists[item._listId] ??= item._levels;
  if (Object.keys(lists).length > 0) model.lists = lists;
  return model;
}

function blocks(container: FakeContainer): BlockModel[] {
  return container._children.map(block).filter((b): b is BlockModel => !!b);
}

function block(element: FakeElement): BlockModel | undefined {
  if (element instanceof FakeTable) {
    return {
      type: 'TABLE',
      attrs: element._attrs,
      widths: element._widths,
      rows: (element._children as FakeTableRow[]).map((row) => ({
        attrs: row._attrs,
        ...(Object.keys(row._style).length > 0 ? { style: { ...row._style } } : {}),
        cells: row._cells().map((cell) => ({ attrs: cell._attrs, children: blocks(cell) })),
      })),
    };
  }
  if (!(element instanceof FakeParagraph)) return undefined;
  const children: Inline[] = element._children.map((child) =>
    child instanceof FakeText
      ? { text: child._runs() }
      : child instanceof FakePageBreak
        ? { pageBreak: true }
        : child instanceof FakeUnsupportedElement
          ? { autoText: child._autoText }
          : child instanceof FakeInlineImage
            ? { image: imageModel(child) }
            : { horizontalRule: true },
  );
  if (element instanceof FakeListItem) {
    return {
      type: 'LIST_ITEM',
      attrs: element._attrs,
      children,
      listId: element._listId,
      glyph: element._glyph,
      nesting: element._nesting,
    };
  }
  return { type: 'PARAGRAPH', attrs: element._attrs, children };
}

export function documentFromModel(model: DocumentModel): FakeDocument {
  const doc = new FakeDocument(model.id, model.name);
  const lists = model.lists ?? {};
  fill(doc._body, model.body, lists);
  if (model.header) fill((doc._header = new FakeHeaderSection()), model.header, lists);
  if (model.footer) fill((doc._footer = new FakeFooterSection()), model.footer, lists);
  if (model.page) doc._body._attrs = { ...model.page };
  return doc;
}

function fill(container: FakeContainer, models: BlockModel[], lists: Record<string, ListLevel[]>): void {
  for (const child of container._children) child._parent = null;
  container._children = [];
  for (const model of models) container._insertChild(container._children.length, build(model, lists));
  if (container._children.length === 0 && !(container instanceof FakeBody)) return;
}

function build(model: BlockModel, lists: Record<string, ListLevel[]>): FakeElement {
  if (model.type === 'TABLE') {
    const table = new FakeTable();
    table._attrs = { ...model.attrs };
    table._widths = [...model.widths];
    for (const rowModel of model.rows) {
      const row = new FakeTableRow();
      row._attrs = { ...rowModel.attrs };
      row._style = { ...rowModel.style };
      for (const cellModel of rowModel.cells) {
        const cell = new FakeTableCell();
        cell._attrs = { ...cellModel.attrs };
        fill(cell, cellModel.children, lists);
        row._insertChild(row._children.length, cell);
      }
      table._insertChild(table._children.length, row);
    }
    return table;
  }
  const paragraph = model.type === 'LIST_ITEM' ? new FakeListItem() : new FakeParagraph();
  paragraph._attrs = { ...model.attrs };
  for (const inline of model.children) {
    const child =
      'text' in inline
        ? FakeText._fromRuns(inline.text)
        : 'pageBreak' in inline
          ? new FakePageBreak()
          : 'autoText' in inline
            ? new FakeUnsupportedElement(inline.autoText)
            : 'image' in inline
              ? imageElement(inline.image)
              : new FakeHorizontalRule();
    paragraph._insertChild(paragraph._children.length, child);
  }
  if (model.type === 'LIST_ITEM' && paragraph instanceof FakeListItem) {
    paragraph._listId = model.listId;
    paragraph._glyph = model.glyph;
    paragraph._nesting = model.nesting;
    paragraph._levels = lists[model.listId] ?? null;
  }
  return paragraph;
}

function imageModel(image: FakeInlineImage): Extract<Inline, { image: unknown }>['image'] {
  return {
    data: image._image.data.toString('base64'),
    width: image._width,
    height: image._height,
    ...(image._altTitle ? { title: image._altTitle } : {}),
    ...(image._altDescription ? { description: image._altDescription } : {}),
  };
}

function imageElement(model: Extract<Inline, { image: unknown }>['image']): FakeInlineImage {
  const data = Buffer.from(model.data, 'base64');
  const info = imageInfo(data);
  if (!info) throw new Error('a saved document holds an image that is not PNG, JPEG or GIF');
  const image = new FakeInlineImage({ data, ...info }, model.width, model.height);
  image._altTitle = model.title ?? '';
  image._altDescription = model.description ?? '';
  return image;
}
