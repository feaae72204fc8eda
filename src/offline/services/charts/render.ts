/**
 * Draws a bar chart of the emulated Charts service as Google's server-side renderer lays one out
 * (https://developers.google.com/chart/interactive/docs/gallery/barchart): the title at the top
 * left, the categories down the vertical axis, one bar per series in each category, vertical
 * gridlines with the values under them, the axis titles, the legend. The drawing is an SVG,
 * rasterised to PNG by resvg (@resvg/resvg-js: prebuilt binaries from npm; it shapes complex
 * scripts, Khmer included, with the system's fonts: fonts-khmeros on Linux, Khmer OS on Windows).
 */
import { createRequire } from 'node:module';

export interface BarChartSpec {
  title: string;
  xAxisTitle: string;
  yAxisTitle: string;
  /** The category column's values, then one series per number column. */
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  colours: string[];
  legend: 'TOP' | 'RIGHT' | 'BOTTOM' | 'NONE';
  range?: { start: number; end: number };
  /** The value axis's gridlines and their labels (`hAxis.ticks`); else evenly spaced numbers. */
  ticks?: { value: number; label: string }[];
  width: number;
  height: number;
}

/** Google Charts' default series colours. */
export const DEFAULT_COLOURS = ['#3366CC', '#DC3912', '#FF9900', '#109618', '#990099', '#0099C6'];
/** Latin first, Khmer by fallback (resvg takes the next family for characters a font lacks). */
const FONTS = "Arial, 'Liberation Sans', 'Khmer OS System', 'Khmer OS', sans-serif";
const FONT_SIZE = 12;
const TITLE_SIZE = 14;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A rough width of a text in pixels (resvg measures when it draws; this only lays out). */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x1780 && code <= 0x17ff) {
      // Khmer: consonants and independent vowels are wide; ា and the vowels with a part before or
      // after the consonant (ើ … ៅ) take some room; signs above and below and subscripts none.
      if (code <= 0x17b3) width += size * 0.85;
      else if (code === 0x17b6 || (code >= 0x17be && code <= 0x17c5)) width += size * 0.55;
      else if (code >= 0x17e0 && code <= 0x17e9) width += size * 0.7;
      else if (code === 0x17d4 || code === 0x17d5) width += size * 0.6;
      continue;
    }
    width += size * (/[A-Z0-9%]/.test(char) ? 0.62 : 0.5);
  }
  return width;
}

/** Splits a label into lines of at most `width` pixels (at spaces), at most `lines` lines, the last cut with "…". */
export function wrap(text: string, width: number, size: number, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  let last = `${kept[lines - 1]} ${out.slice(lines).join(' ')}`;
  while (last.length > 1 && textWidth(`${last}…`, size) > width) last = last.slice(0, -1);
  kept[lines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Gridline values: 0 to the end of the range in 4 to 6 equal steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function ticks(start: number, end: number): number[] {
  const span = end - start || 1;
  let best = span / 5;
  for (const count of [5, 4, 6]) {
    const raw = span / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => Math.abs(span / s - count) < 1e-9);
    if (step) {
      best = step;
      break;
    }
  }
  const out: number[] = [];
  for (let v = start; v <= end + 1e-9; v += best) out.push(Math.round(v * 1000) / 1000);
  return out;
}

/** The chart as SVG. */
export function barChartSvg(spec: BarChartSpec): string {
  const { width, height } = spec;
  const colours = spec.series.map((_, i) => spec.colours[i] ?? DEFAULT_COLOURS[i % DEFAULT_COLOURS.length]);
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  const start = spec.range?.start ?? Math.min(0, ...values);
  const end = spec.range?.end ?? Math.max(1, ...values);
  const grid = spec.ticks ?? ticks(start, end).map((value) => ({ value, label: String(value) }));
  const top = spec.title ? 40 : 16;
  const legendHeight = spec.legend === 'BOTTOM' || spec.legend === 'TOP' ? 28 : 0;
  const bottom = 26 + (spec.xAxisTitle ? 20 : 0) + (spec.legend === 'BOTTOM' ? legendHeight : 0);
  const labelWidth = Math.min(
    width * 0.42,
    Math.max(40, ...spec.categories.map((c) => Math.min(textWidth(c, FONT_SIZE), width * 0.42))),
  );
  const left = 10 + (spec.yAxisTitle ? 22 : 0) + labelWidth + 8;
  const right = spec.legend === 'RIGHT' ? 130 : 24;
  const plot = {
    x: left,
    y: top + (spec.legend === 'TOP' ? legendHeight : 0),
    w: Math.max(20, width - left - right),
    h: 0,
  };
  plot.h = Math.max(20, height - plot.y - bottom);
  const x = (v: number) =>
    plot.x + ((Math.max(start, Math.min(end, v)) - start) / (end - start || 1)) * plot.w;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#FFFFFF"/>`);
  if (spec.title)
    parts.push(
      `<text x="${plot.x}" y="24" font-size="${TITLE_SIZE}" font-weight="bold" fill="#000000">${escape(spec.title)}</text>`,
    );
  for (const { value, label } of grid) {
    if (value < start || value > end) continue;
    const gx = x(value);
    parts.push(
      `<line x1="${gx}" y1="${plot.y}" x2="${gx}" y2="${plot.y + plot.h}" stroke="${value === start ? '#333333' : '#CCCCCC'}" stroke-width="1"/>`,
      `<text x="${gx}" y="${plot.y + plot.h + 16}" font-size="${FONT_SIZE}" fill="#444444" text-anchor="middle">${escape(label)}</text>`,
    );
  }
  const band = plot.h / Math.max(1, spec.categories.length);
  const barHeight = (band * 0.62) / Math.max(1, spec.series.length);
  spec.categories.forEach((category, c) => {
    const bandTop = plot.y + c * band;
    const lines = wrap(category, labelWidth, FONT_SIZE);
    const lineHeight = FONT_SIZE + 2;
    const first = bandTop + band / 2 - ((lines.length - 1) * lineHeight) / 2 + FONT_SIZE / 3;
    lines.forEach((line, l) =>
      parts.push(
        `<text x="${plot.x - 8}" y="${first + l * lineHeight}" font-size="${FONT_SIZE}" fill="#222222" text-anchor="end">${escape(line)}</text>`,
      ),
    );
    spec.series.forEach((series, s) => {
      const value = series.values[c];
      if (typeof value !== 'number') return;
      const y = bandTop + band * 0.19 + s * barHeight;
      const from = x(Math.max(start, 0));
      const to = x(value);
      parts.push(
        `<rect x="${Math.min(from, to)}" y="${y}" width="${Math.abs(to - from)}" height="${barHeight}" fill="${colours[s]}"/>`,
      );
    });
  });
  if (spec.xAxisTitle)
    parts.push(
      `<text x="${plot.x + plot.w / 2}" y="${plot.y + plot.h + 36}" font-size="${FONT_SIZE}" font-style="italic" fill="#222222" text-anchor="middle">${escape(spec.xAxisTitle)}</text>`,
    );
  if (spec.yAxisTitle) {
    const cy = plot.y + plot.h / 2;
    parts.push(
      `<text x="20" y="${cy}" font-size="${FONT_SIZE}" font-style="italic" fill="#222222" text-anchor="middle" transform="rotate(-90 20 ${cy})">${escape(spec.yAxisTitle)}</text>`,
    );
  }
  if (spec.legend !== 'NONE') {
    const items = spec.series.map((series, s) => ({ label: series.label, colour: colours[s] }));
    if (spec.legend === 'RIGHT') {
      items.forEach((item, i) => {
        const ly = plot.y + 8 + i * 20;
        parts.push(
          `<rect x="${width - right + 12}" y="${ly}" width="12" height="12" fill="${item.colour}"/>`,
          `<text x="${width - right + 30}" y="${ly + 10}" font-size="${FONT_SIZE}" fill="#222222">${escape(item.label)}</text>`,
        );
      });
    } else {
      const widths = items.map((item) => 12 + 6 + textWidth(item.label, FONT_SIZE) + 24);
      let lx = plot.x + (plot.w - widths.reduce((a, b) => a + b, 0)) / 2;
      const ly = spec.legend === 'TOP' ? top + 4 : height - 18;
      items.forEach((item, i) => {
        parts.push(
          `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${item.colour}"/>`,
          `<text x="${lx + 18}" y="${ly}" font-size="${FONT_SIZE}" fill="#222222">${escape(item.label)}</text>`,
        );
        lx += widths[i];
      });
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONTS}">` +
    `${parts.join('')}</svg>`
  );
}

interface Resvg {
  new (svg: string, options: object): { render(): { asPng(): Uint8Array } };
}

let rasteriser: Resvg | Error | undefined;

/** resvg, loaded once when first needed (a machine without its binary gets the reason instead). */
function resvg(): Resvg | Error {
  if (rasteriser === undefined) {
    try {
      rasteriser = (createRequire(__filename)('@resvg/resvg-js') as { Resvg: Resvg }).Resvg;
    } catch (error) {
      rasteriser = new Error(
        `the chart renderer (@resvg/resvg-js) cannot be loaded on this machine: ${(error as Error).message.split('\n')[0]}; run npm install`,
      );
    }
  }
  return rasteriser;
}

/** The chart as PNG bytes; throws (with the reason) when resvg cannot be loaded here. */
export function renderPng(svg: string): Buffer {
  const Renderer = resvg();
  if (Renderer instanceof Error) throw Renderer;
  const image = new Renderer(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'Khmer OS System' },
    background: '#FFFFFF',
  });
  return Buffer.from(image.render().asPng());
}
