/**
 * Reading the parts of a Word file (Node side only): the zip (fflate) and each XML part as a small
 * tree (saxes, namespace-aware). Element and attribute names get the usual prefixes (w:, r:, ...)
 * whatever prefixes the file declares, so that Word, LibreOffice and strict OOXML files read alike.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
}
export type XmlChild = XmlNode | string;

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  // Drawings: an inline picture (wp:inline › a:graphic › pic:pic › pic:blipFill › a:blip r:embed).
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

function qualified(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : `x:${local}`;
}

export class DocxReadError extends Error {}

/** An XML part as a tree. */
export function parseXml(text: string, part: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#document', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs[qualified(attr.uri, attr.local)] = attr.value;
    }
    const node: XmlNode = { name: qualified(tag.uri ?? '', tag.local ?? tag.name), attrs, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (value) => {
    stack[stack.length - 1].children.push(value);
  });
  parser.on('cdata', (value) => {
    stack[stack.length - 1].children.push(value);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    throw new DocxReadError(`${part} is not well-formed XML (${(error as Error).message})`);
  }
  const element = root.children.find((c): c is XmlNode => typeof c !== 'string');
  if (!element) throw new DocxReadError(`${part} is empty`);
  return element;
}

/** The element children of a node, optionally of one name. */
export function kids(node: XmlNode | undefined, name?: string): XmlNode[] {
  if (!node) return [];
  return node.children.filter((c): c is XmlNode => typeof c !== 'string' && (!name || c.name === name));
}
export function kid(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c): c is XmlNode => typeof c !== 'string' && c.name === name);
}
/** The text directly inside a node. */
export function textOf(node: XmlNode): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}
/** An on/off property (<w:b/>, <w:b w:val="false"/>): undefined when absent. */
export function flag(node: XmlNode | undefined, name: string): boolean | undefined {
  const element = kid(node, name);
  if (!element) return undefined;
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** The files of a Word package. */
export class DocxPackage {
  private readonly files: Record<string, Uint8Array>;
  constructor(data: Uint8Array) {
    try {
      this.files = unzipSync(data);
    } catch {
      throw new DocxReadError('it is not a Word (.docx) file: it is not a zip package');
    }
    if (!this.files['word/document.xml'] && !this.mainPart())
      throw new DocxReadError('it is not a Word (.docx) file: it has no word/document.xml');
  }
  has(name: string): boolean {
    return name in this.files;
  }
  /** A part's bytes (an image under word/media/), undefined when the package has none of that name. */
  bytes(name: string): Uint8Array | undefined {
    return this.files[name];
  }
  text(name: string): string | undefined {
    const bytes = this.files[name];
    return bytes ? strFromU8(bytes) : undefined;
  }
  xml(name: string): XmlNode | undefined {
    const text = this.text(name);
    return text === undefined ? undefined : parseXml(text, name);
  }
  /** The main document part named by the package's relationships (word/document.xml as a rule). */
  mainPart(): string | undefined {
    const rels = this.files['_rels/.rels'];
    if (!rels) return undefined;
    const root = parseXml(strFromU8(rels), '_rels/.rels');
    const main = kids(root, 'rel:Relationship').find((r) => /\/officeDocument$/.test(r.attrs.Type ?? ''));
    const target = main?.attrs.Target?.replace(/^\//, '');
    return target && this.files[target] ? target : undefined;
  }
  /** The relationships of a part: id → { target (resolved for internal parts), external }. */
  relationships(part: string): Map<string, { target: string; external: boolean; type: string }> {
    const slash = part.lastIndexOf('/');
    const dir = slash >= 0 ? part.slice(0, slash) : '';
    const name = `${dir ? `${dir}/` : ''}_rels/${part.slice(slash + 1)}.rels`;
    const out = new Map<string, { target: string; external: boolean; type: string }>();
    const root = this.xml(name);
    for (const rel of kids(root, 'rel:Relationship')) {
      const external = rel.attrs.TargetMode === 'External';
      const raw = rel.attrs.Target ?? '';
      const target = external
        ? raw
        : raw.startsWith('/')
          ? raw.slice(1)
          : normalise(`${dir ? `${dir}/` : ''}${raw}`);
      out.set(rel.attrs.Id ?? '', { target, external, type: rel.attrs.Type ?? '' });
    }
    return out;
  }
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}
