import type { AutoTextType } from './enums';

/** Word's names for list formats, symbol-font bullets and highlight colours, as a Google Doc shows them (used by import-docx.ts). */
export const WORD_FORMATS: Record<string, string> = {
  decimal: 'DECIMAL',
  decimalZero: 'ZERO_DECIMAL',
  lowerLetter: 'ALPHA',
  upperLetter: 'UPPER_ALPHA',
  lowerRoman: 'ROMAN',
  upperRoman: 'UPPER_ROMAN',
  none: 'NONE',
};
/** Bullets Word writes in symbol fonts (private-use characters), as the glyphs they show. */
export const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '●',
  '\uf0a7': '■',
  '\uf0d8': '➢',
  '\uf076': '❖',
  '\uf0fc': '✔',
  o: '○',
  '': '●',
};
export const HIGHLIGHTS: Record<string, string> = {
  yellow: '#ffff00',
  green: '#00ff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  blue: '#0000ff',
  red: '#ff0000',
  darkBlue: '#000080',
  darkCyan: '#008080',
  darkGreen: '#008000',
  darkMagenta: '#800080',
  darkRed: '#800000',
  darkYellow: '#808000',
  darkGray: '#808080',
  lightGray: '#c0c0c0',
  black: '#000000',
};

/** The page field a Word field instruction names (PAGE, NUMPAGES), as a Doc's AutoText. */
export function autoTextOf(instr: string): AutoTextType | undefined {
  const name = instr.trim().split(/\s+/)[0]?.toUpperCase();
  return name === 'PAGE' ? 'PAGE_NUMBER' : name === 'NUMPAGES' ? 'PAGE_COUNT' : undefined;
}

/** The address of a HYPERLINK field instruction (web and mail addresses only). */
export function hyperlinkOf(instr: string): string | undefined {
  const match = /^\s*HYPERLINK\s+"([^"]+)"/i.exec(instr);
  return match && /^(https?:|mailto:)/i.test(match[1]) ? match[1] : undefined;
}
