/**
 * Blocks (paragraphs, numbered items, bullets) as template data. Each block sets exactly one of
 * Text / Numbered / Sub numbered / Bullet / Sub bullet (the others blank), so that a template shows each kind in
 * its own style with `{{#Text}}…{{/Text}}` sections inside a `{{#Paragraphs}}` loop.
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
  const sub = numbered && block.level > 0;
  return {
    Text: block.kind === 'paragraph' ? block.text : '',
    // Native numbered list items in the default template: "1." top-level, "1.1" under them.
    Numbered: numbered && !sub ? block.text : '',
    'Sub numbered': sub ? block.text : '',
    Number: numbered ? digitsOf(block.label ?? String(block.number ?? ''), language) : '',
    Bullet: bullet && block.level === 0 ? block.text : '',
    'Sub bullet': bullet && block.level > 0 ? block.text : '',
  };
}

export function blocksData(blocks: readonly Block[], language: Language = 'en'): TemplateData[] {
  return blocks.map((block) => blockData(block, language));
}
