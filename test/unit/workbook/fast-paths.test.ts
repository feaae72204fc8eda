/** The fast paths of the shared cell helpers give exactly what the plain regular expressions give. */
import { foldKey, Vocabulary } from '../../../src/workbook/matching';
import { dayOfDate, isoDay, zonedParts } from '../../../src/workbook/dates';
import { cleanText, SPACE_CLASS, toLatinDigits } from '../../../src/workbook/values';

const EDGE = new RegExp(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`, 'g');

describe('cleanText fast path', () => {
  it('trims exactly the characters the regular expression trims, at either end, for every code unit', () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}a`, `a${c}`, c, `${c}${c}`]) {
        if (cleanText(text) !== text.replace(EDGE, '')) differences.push(code.toString(16));
      }
    }
    expect(differences).toEqual([]);
  });

  it('keeps inner spaces and Khmer text exactly', () => {
    expect(cleanText('\u200B សហគមន៍ ១ \uFEFF')).toBe('សហគមន៍ ១');
    expect(cleanText('Kampong  Cham')).toBe('Kampong  Cham');
  });
});

describe('foldKey memo', () => {
  it('gives the same key on the first and later calls, for text and other cells', () => {
    const values = [' Kampong  Chàm ', 'KAMPONG CHAM', 'ខេត្ត កំពង់ចាម', '\u200BYes', 12, true, null];
    const first = values.map((v) => foldKey(v));
    expect(values.map((v) => foldKey(v))).toEqual(first);
    expect(first.slice(0, 2)).toEqual(['kampongcham', 'kampongcham']);
    expect(first[3]).toBe('yes');
  });
});

describe('Vocabulary.match memo', () => {
  it('answers a repeated look-up as the first one, exact or not, and misses too', () => {
    const vocabulary = new Vocabulary(['Kampong Cham', 'Takeo']);
    for (let n = 0; n < 2; n++) {
      expect(vocabulary.match('Kampong Cham')).toEqual({ canonical: 'Kampong Cham', exact: true });
      expect(vocabulary.match(' kampong cham')).toEqual({ canonical: 'Kampong Cham', exact: false });
      expect(vocabulary.match('Kandal')).toBeUndefined();
    }
  });
});

describe('toLatinDigits fast path', () => {
  it('returns text without Khmer digits unchanged and converts the others', () => {
    expect(toLatinDigits('CBO-001')).toBe('CBO-001');
    expect(toLatinDigits('១២/០៣/២០២០')).toBe('12/03/2020');
  });
});

describe('zonedParts fast path and the day cache', () => {
  const reference = (date: Date, timeZone: string) => {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(date)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    return {
      year: parts.year,
      month: parts.month,
      day: parts.day,
      hour: parts.hour === 24 ? 0 : parts.hour,
      minute: parts.minute,
      second: parts.second,
    };
  };
  const zones = ['Asia/Phnom_Penh', 'America/New_York', 'Australia/Lord_Howe', 'Africa/Casablanca', 'UTC'];
  // Instants from year 1 to 9999, some around midnight and DST changes; a fixed pseudo-random walk.
  const instants: number[] = [Date.UTC(1, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59), Date.UTC(2020, 2, 8, 7)];
  let seed = 7;
  for (let n = 0; n < 400; n++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    instants.push(Date.UTC(1, 0, 1) + (seed / 2147483648) * (Date.UTC(9999, 0, 1) - Date.UTC(1, 0, 1)));
  }

  it('gives the parts formatToParts gives, in several time zones and centuries', () => {
    for (const zone of zones) {
      for (const time of instants) {
        expect([zone, time, zonedParts(new Date(time), zone)]).toEqual([
          zone,
          time,
          reference(new Date(time), zone),
        ]);
      }
    }
  });

  it('gives the same day for a repeated instant, and different days in different time zones', () => {
    const date = new Date(Date.UTC(2020, 6, 14, 20)); // 15 July in Phnom Penh, 14 July in New York
    const first = dayOfDate(date, 'Asia/Phnom_Penh');
    expect(isoDay(first)).toBe('2020-07-15');
    expect(dayOfDate(new Date(date.getTime()), 'Asia/Phnom_Penh')).toBe(first);
    expect(isoDay(dayOfDate(date, 'America/New_York'))).toBe('2020-07-14');
    expect(() => dayOfDate(new Date(NaN), 'UTC')).toThrow();
  });
});
