/**
 * Sheets API colours ({red, green, blue} in 0..1) and the '#rrggbb' of SpreadsheetApp: one pair of
 * conversions for the requests the tool sends and for the emulated API that carries them out. Pure.
 */
export type Color = GoogleAppsScript.Sheets.Schema.Color;

/** '#rrggbb' → the API's colour (0..1 channels; white when the text is not a colour). */
export function colorOf(hex: string): Color {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return { red: 1, green: 1, blue: 1 };
  const channel = (h: string) => Math.round((parseInt(h, 16) / 255) * 10000) / 10000;
  return { red: channel(m[1]), green: channel(m[2]), blue: channel(m[3]) };
}

/** The API's colour → '#rrggbb' (null when none). */
export function hexOf(color: Color | undefined | null): string | null {
  if (!color) return null;
  const part = (v: number | undefined) =>
    Math.round(Math.max(0, Math.min(1, v ?? 0)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(color.red)}${part(color.green)}${part(color.blue)}`;
}
