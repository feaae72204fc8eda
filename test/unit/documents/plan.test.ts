import { blockData } from '../../../src/documents/blocks-data';
import { minutesData } from '../../../src/documents/minutes/data';
import { driveIdOf, fitsInBudget, minutesName, reportName, selectIds } from '../../../src/documents/plan';
import { shareTargets } from '../../../src/sharing/reports/plan';
import {
  lineTexts,
  MINUTES_TEMPLATE,
  REPORT_TEMPLATE,
  type TemplateLine,
} from '../../../src/documents/templates';
import { PARTNERS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';

describe('document plan', () => {
  test('names like the issue asks', () => {
    expect(minutesName('M-2017-09', 'Partnership Meeting on CBOs', '2017-09-28')).toBe(
      'M-2017-09 Minutes – Partnership Meeting on CBOs – 2017-09-28',
    );
    expect(reportName('P-2019-01', "Citizens' Voices", '2026-11-23')).toBe(
      "P-2019-01 Progress report – Citizens' Voices – 2026-11-23",
    );
  });

  test('Drive IDs from links and bare IDs; other text is not an ID', () => {
    expect(driveIdOf('https://docs.google.com/document/d/1AbC_def-GHIjkl/edit')).toBe('1AbC_def-GHIjkl');
    expect(driveIdOf('https://drive.google.com/drive/folders/0BxYz1234567890')).toBe('0BxYz1234567890');
    expect(driveIdOf('https://drive.google.com/open?id=1AbC_def-GHIjkl')).toBe('1AbC_def-GHIjkl');
    expect(driveIdOf('1AbC_def-GHIjkl')).toBe('1AbC_def-GHIjkl');
    expect(driveIdOf('CBO Tracker documents')).toBeUndefined();
    expect(driveIdOf('')).toBeUndefined();
  });

  test('budget: always one document per run, then only while the slowest one still fits', () => {
    expect(fitsInBudget(0, 999_999, 999_999, 1)).toBe(true);
    expect(fitsInBudget(3, 200_000, 60_000, 270_000)).toBe(true);
    expect(fitsInBudget(3, 220_000, 60_000, 270_000)).toBe(false);
  });

  test('selected IDs: all, folded names, several', () => {
    expect(selectIds(['M-1', 'M-2'], 'all')).toEqual(['M-1', 'M-2']);
    expect(selectIds(['M-1', 'M-2'], undefined)).toEqual(['M-1', 'M-2']);
    expect(selectIds(['M-1', 'M-2'], ' m-2 , M-1')).toEqual(['M-2', 'M-1']);
  });

  test('partners who receive reports, with valid addresses; the rest reported', () => {
    const partners = Table.fromValues('Partners', PARTNERS, [
      ['Partner', 'Email', 'Receives reports'],
      ['CCC', 'info@ccc.org.kh, director@ccc.org.kh', 'Yes'],
      ['DCA', 'dca@example', 'yes'],
      ['BfdW', '', 'Y'],
      ['Other', 'x@y.org', 'No'],
    ]);
    const targets = shareTargets(partners);
    expect(targets.map((t) => [t.partner, t.emails])).toEqual([
      ['CCC', ['info@ccc.org.kh', 'director@ccc.org.kh']],
      ['DCA', []],
      ['BfdW', []],
    ]);
    expect(targets[1].problems[0]).toMatchObject({
      sheet: 'Partners',
      row: 3,
      column: 'Email',
      value: 'dca@example',
    });
    expect(targets[2].problems[0]).toMatchObject({ row: 4, message: expect.stringContaining('no e-mail') });
  });
});

describe('templates and data', () => {
  const tags = (lines: readonly TemplateLine[]) =>
    lines
      .flatMap(lineTexts)
      .join('\n')
      .match(/\{\{[^}]*\}\}/g) ?? [];

  test('every section the default templates open is closed, in order', () => {
    for (const template of [MINUTES_TEMPLATE, REPORT_TEMPLATE]) {
      const stack: string[] = [];
      for (const tag of tags(template)) {
        const m = /^\{\{\s*([#^/])\s*(.*?)\s*\}\}$/.exec(tag);
        if (!m) continue;
        if (m[1] === '/') expect(stack.pop()).toBe(m[2]);
        else stack.push(m[2]);
      }
      expect(stack).toEqual([]);
    }
  });

  test('every field of the default minutes template exists in the minutes data', () => {
    const data = minutesData({
      language: 'en',
      meetingId: 'M',
      row: 2,
      meetingTitle: 'T',
      title: 'Minute of T',
      facilitator: '',
      mc: '',
      minutesTaker: '',
      participantCounts: [],
      total: 0,
      participants: '',
      isoDate: '',
      dateAndTime: '',
      location: '',
      objectives: [{ kind: 'numbered', text: 'o', level: 0, number: 1 }],
      sessions: [
        {
          row: 2,
          session: 's',
          presenter: '',
          heading: 'S',
          notes: [{ kind: 'paragraph', text: 'n', level: 0 }],
        },
      ],
      groupWork: {
        groups: ['A', 'B'],
        themes: [{ theme: 't', points: [['p'], []] }],
        questions: [{ question: 'q?', answers: ['a'] }],
      },
      conclusions: [],
      annexes: [],
      attendees: [{ number: 1, name: 'N', organisation: 'O', participantType: 'CBO', gender: 'Female' }],
      template: '',
      document: '',
    });
    const names = new Set<string>();
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          names.add(k);
          collect(v);
        }
    };
    collect(data);
    collect(blockData({ kind: 'paragraph', text: '', level: 0 }));
    const fields = tags(MINUTES_TEMPLATE).map((t) => t.replace(/^\{\{\s*[#^/]?\s*|\s*\}\}$/g, ''));
    expect(fields.filter((f) => !names.has(f))).toEqual([]);
    expect(data['Points 1']).toBeUndefined();
    // Points are lists: one native list item each in the cell, never a typed "•".
    expect((data.Themes as { 'Points 1': string[] }[])[0]['Points 1']).toEqual(['p']);
    expect((data.Themes as { 'Points 2': string[] }[])[0]['Points 2']).toEqual([]);
    expect(data['Follow-up questions']).toEqual([{ Question: 'q?', Answers: ['a'] }]);
  });
});
