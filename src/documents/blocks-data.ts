/**
 * Blocks (paragraphs, numbered items, bullets) as template data. Each block sets exactly one of
 * Text / Numbered / Bullet / Sub bullet (the others blank), so that a template shows each kind in
 * its own style with `{{#Text}}…{{/Text}}` sections inside a `{{#Paragraphs}}` loop.
 */
import type { TemplateData } from './template/types';
import type { Block } from './text';

export function blockData(block: Block): TemplateData {
  const numbered = block.kind === 'numbered' && block.level === 0;
  const bullet = block.kind !== 'paragraph' && !numbered;
  return {
    Text: block.kind === 'paragraph' ? block.text : '',
    Numbered: numbered ? block.text : '',
    Number: numbered ? String(block.number ?? '') : '',
    Bullet: bullet && block.level === 0 ? block.text : '',
    'Sub bullet': bullet && block.level > 0 ? block.text : '',
  };
}

export function blocksData(blocks: readonly Block[]): TemplateData[] {
  return blocks.map(blockData);
}
