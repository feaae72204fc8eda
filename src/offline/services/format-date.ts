/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate takes them, in any IANA time zone or
 * a fixed offset such as 'GMT+7'. Pure.
 */
import { MONTH_NAMES, zonedParts } from '../../workbook/dates';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short names for zones where Intl only gives 'GMT+7'. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Phnom_Penh': 'ICT',
  'Asia/Bangkok': 'ICT',
  'Asia/Ho_Chi_Minh': 'ICT',
  'Asia/Saigon': 'ICT',
  'Asia/Vientiane': 'ICT',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
  'Etc/GMT': 'GMT',
};

interface Zoned {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  offsetMinutes: number;
  zoneName: string;
}

const FIXED = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

function zoned(date: Date, timeZone: string): Zoned {
  const time = date.getTime();
  const fixed = FIXED.exec(timeZone);
  let offsetMinutes: number;
  let zoneName: string;
  if (fixed) {
    offsetMinutes = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
    zoneName = `GMT${fixed[1]}${fixed[2].padStart(2, '0')}:${fixed[3] ?? '00'}`;
  } else {
    let p;
    try {
      p = zonedParts(date, timeZone);
    } catch {
      throw new Error(`Invalid argument: timeZone (${timeZone})`);
    }
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    offsetMinutes = Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60000);
    zoneName = ZONE_NAMES[timeZone] ?? shortZoneName(date, timeZone);
  }
  const local = new Date(time + offsetMinutes * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMinutes,
    zoneName,
  };
}

function shortZoneName(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function field(letter: string, count: number, z: Zoned): string {
  switch (letter) {
    case 'y':
    case 'Y':
      return count === 2 ? pad(z.year % 100, 2) : pad(z.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTH_NAMES[z.month - 1];
      if (count === 3) return MONTH_NAMES[z.month - 1].slice(0, 3);
      return pad(z.month, count);
    case 'd':
      return pad(z.day, count);
    case 'E':
      return count >= 4 ? DAYS[z.weekday] : DAYS[z.weekday].slice(0, 3);
    case 'u':
      return pad(z.weekday === 0 ? 7 : z.weekday, count);
    case 'D': {
      const start = Date.UTC(z.year, 0, 1);
      return pad(Math.round((Date.UTC(z.year, z.month - 1, z.day) - start) / 86400000) + 1, count);
    }
    case 'H':
      return pad(z.hour, count);
    case 'k':
      return pad(z.hour === 0 ? 24 : z.hour, count);
    case 'K':
      return pad(z.hour % 12, count);
    case 'h':
      return pad(z.hour % 12 === 0 ? 12 : z.hour % 12, count);
    case 'm':
      return pad(z.minute, count);
    case 's':
      return pad(z.second, count);
    case 'S':
      return pad(z.millisecond, Math.max(count, 3)).slice(0, Math.max(count, 3));
    case 'a':
      return z.hour < 12 ? 'AM' : 'PM';
    case 'z':
      return z.zoneName;
    case 'Z':
    case 'X': {
      const sign = z.offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(z.offsetMinutes);
      if (letter === 'X' && abs === 0) return 'Z';
      const hh = pad(Math.floor(abs / 60), 2);
      const mm = pad(abs % 60, 2);
      if (letter === 'X')
        return count === 1 ? `${sign}${hh}` : count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
      return `${sign}${hh}${mm}`;
    }
    default:
      throw new Error(`Invalid argument: format (illegal pattern character '${letter}')`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const z = zoned(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      // Quoted text; '' inside quotes is one quote.
      for (;;) {
        const close = pattern.indexOf("'", j);
        if (close < 0) throw new Error(`Invalid argument: format (unterminated quote)`);
        text += pattern.slice(j, close);
        if (pattern[close + 1] === "'") {
          text += "'";
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      out += text;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += field(ch, count, z);
      i += count;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
