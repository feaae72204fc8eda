/** JSON model of an emulated document, so that a later run can open and update it. */
import type { Attributes } from './enums';
import {
  FakeBody,
  type FakeContainer,
  FakeFooterSection,
  FakeHeaderSection,
  FakeTableCell,
} from './container';
import { FakeDocument } from './document';
import type { FakeElement } from './element';
import { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph } from './paragraph';
import { FakeTable, FakeTableRow } from './table';
import { FakeText } from './text';

type Run = { text: string; attrs: Attributes };
type Inline = { text: Run[] } | { pageBreak: true } | { horizontalRule: true };
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
      rows: { attrs: Attributes; cells: { attrs: Attributes; children: BlockModel[] }[] }[];
    };
export interface DocumentModel {
  id: string;
  name: string;
  body: BlockModel[];
  header: BlockModel[] | null;
  footer: BlockModel[] | null;
}

export function documentToModel(doc: FakeDocument): DocumentModel {
  return {
    id: doc._id,
    name: doc._name,
    body: blocks(doc._body),
    header: doc._header ? blocks(doc._header) : null,
    footer: doc._footer ? blocks(doc._footer) : null,
  };
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
  fill(doc._body, model.body);
  if (model.header) fill((doc._header = new FakeHeaderSection()), model.header);
  if (model.footer) fill((doc._footer = new FakeFooterSection()), model.footer);
  return doc;
}

function fill(container: FakeContainer, models: BlockModel[]): void {
  for (const child of container._children) child._parent = null;
  container._children = [];
  for (const model of models) container._insertChild(container._children.length, build(model));
  if (container._children.length === 0 && !(container instanceof FakeBody)) return;
}

function build(model: BlockModel): FakeElement {
  if (model.type === 'TABLE') {
    const table = new FakeTable();
    table._attrs = { ...model.attrs };
    table._widths = [...model.widths];
    for (const rowModel of model.rows) {
      const row = new FakeTableRow();
      row._attrs = { ...rowModel.attrs };
      for (const cellModel of rowModel.cells) {
        const cell = new FakeTableCell();
        cell._attrs = { ...cellModel.attrs };
        fill(cell, cellModel.children);
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
          : new FakeHorizontalRule();
    paragraph._insertChild(paragraph._children.length, child);
  }
  if (model.type === 'LIST_ITEM' && paragraph instanceof FakeListItem) {
    paragraph._listId = model.listId;
    paragraph._glyph = model.glyph;
    paragraph._nesting = model.nesting;
  }
  return paragraph;
}
