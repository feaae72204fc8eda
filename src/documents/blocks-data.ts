/**
 * Blocks (paragraphs, numbered items, bullets) as template data. Each block sets exactly one of
 * Text / Numbered / Sub numbered / Sub sub numbered / Bullet / Sub bullet / Sub sub bullet (the
 * others blank), so that a template shows each kind in its own style with `{{#Text}}…{{/Text}}`
 * sections inside a `{{#Paragraphs}}` loop.
 */
import { digitsOf } from '../i18n/digits';
import type { Language } from '../i18n/language';
import type { TemplateData } from './template/types';
import type { Block } from './text';

/** Item numbers are written in the document's digits ("1." in English, "១." in Khmer). */
export function blockData(block: Block, language: Language = 'en'): TemplateData {
  // "1.1 text" is numbered with its own label; an indented "2. text" nests as a bullet.
  const numbered = block.kind === 'numbered' && (block.level === 0 || block.label !== undefined);
  const bullet = block.kind !== 'paragraph' && !numbered;
  const level = Math.min(2, block.level);
  const at = (kind: boolean, wanted: number) => (kind && level === wanted ? block.text : '');
  return {
    Text: block.kind === 'paragraph' ? block.text : '',
    // Native numbered list items in the default template: "1." top-level, "1.1" under them, "1.1.1".
    Numbered: at(numbered, 0),
    'Sub numbered': at(numbered, 1),
    'Sub sub numbered': at(numbered, 2),
    Number: numbered ? digitsOf(block.label ?? String(block.number ?? ''), language) : '',
    Bullet: at(bullet, 0),
    'Sub bullet': at(bullet, 1),
    'Sub sub bullet': at(bullet, 2),
  };
}

export function blocksData(blocks: readonly Block[], language: Language = 'en'): TemplateData[] {
  return blocks.map((block) => blockData(block, language));
}
