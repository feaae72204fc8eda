/**
 * Documents from workbooks a new user would make: sparse meetings and projects, no Settings.
 * Headings of empty parts are left out; nothing stray (a dash, a label) is left in their place.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../src/offline/runtime';
import { openWorkbook, saveToTemp, tempDir } from '../support/runtime';
import { MENU } from '../../src/menu/menu';
import { docxFiles, readDocx, smallWorkbook } from './documents-support';

interface Summary {
  documents: { id: string; name?: string; problems: unknown[] }[];
}

async function generate(sheets: ReturnType<typeof smallWorkbook>, entry: string, options: object) {
  const outDir = tempDir('documents-new-user-');
  const runtime = await openWorkbook(sheets, { outDir });
  const summary = runtime.run(entry, options) as Summary;
  await runtime.flush();
  const name = summary.documents[0].name;
  const file = docxFiles(outDir).find((f) => f.endsWith(`/${name}.docx`)) as string;
  return readDocx(file);
}

describe('a meeting with nothing but its title and date', () => {
  test('no empty headings: objectives, results, conclusions and annex appear only with content', async () => {
    const sheets = smallWorkbook();
    sheets.Meetings.push(['M-9', 'Bare meeting', '2018-02-01', '', '', '', '', '', '', '', '', '', '']);
    const doc = await generate(sheets, 'generateMinutes', { meetingId: 'M-9' });
    expect(doc.paragraphs[0]).toBe('Minute of Bare meeting');
    for (const heading of [
      'I- OBJECTIVE',
      'The specific objectives of the meeting are:',
      'II- THE RESULT OF THE MEETING',
      'CONCLUSION AND WAYS FORWARD',
      'III- ANNEX',
    ]) {
      expect(doc.paragraphs).not.toContain(heading);
    }
    expect(doc.text).not.toContain('{{');
  });

  test('conclusions alone bring back the results heading; an attendance list alone the annex', async () => {
    const sheets = smallWorkbook();
    sheets.Meetings.push(['M-9', 'Bare meeting', '2018-02-01', '', '', '', '', '', '', '', 'Agree', '', '']);
    sheets.Attendance.push(['M-9', 'Ann', 'Org', 'CBO', 'Female']);
    const doc = await generate(sheets, 'generateMinutes', { meetingId: 'M-9' });
    const at = (text: string) => doc.paragraphs.indexOf(text);
    expect(at('I- OBJECTIVE')).toBe(-1);
    expect(at('II- THE RESULT OF THE MEETING')).toBeGreaterThan(0);
    expect(at('CONCLUSION AND WAYS FORWARD')).toBe(at('II- THE RESULT OF THE MEETING') + 1);
    expect(doc.paragraphs[at('CONCLUSION AND WAYS FORWARD') + 1]).toBe('Agree');
    expect(at('III- ANNEX')).toBeGreaterThan(at('Agree'));
    expect(at('ATTENDANCE LIST')).toBe(at('III- ANNEX') + 1);
  });
});

describe('a project with only an ID and a title, no Settings sheet', () => {
  test('no stray dash before the date, no label without its value, no empty indicators table', async () => {
    const sheets = smallWorkbook();
    delete (sheets as Partial<typeof sheets>).Settings;
    delete (sheets as Partial<typeof sheets>).Indicators;
    delete (sheets as Partial<typeof sheets>)['Indicator results'];
    sheets.Projects.push(['P-9', 'Empty project', '', '', '', '', '', '', '', '', '']);
    const doc = await generate(sheets, 'generateProgressReport', { projectId: 'P-9' });
    expect(doc.paragraphs[1]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(doc.paragraphs).toContain('Project#2: Empty project');
    for (const label of [
      'Outcome:',
      'Objective of the Strategic Plan:',
      'Project Objective:',
      'Project Funding:',
      'Target Areas:',
      'Indicators',
    ]) {
      expect(doc.paragraphs).not.toContain(label);
    }
    expect(doc.tables).toEqual([]);
  });

  test('the organisation, when Settings names it, comes before the date', async () => {
    const doc = await generate(smallWorkbook(), 'generateProgressReport', { projectId: 'P-1' });
    expect(doc.paragraphs[1]).toMatch(/^Test NGO – \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(doc.paragraphs).toContain('Outcome:');
    expect(doc.paragraphs).toContain('Indicator Performance Tracking Table');
  });
});

describe('sharing a report not generated yet', () => {
  test('the problem names the menu item that exists, on the Projects row and Document column', async () => {
    const runtime = await openWorkbook(smallWorkbook(), { outDir: tempDir('documents-share-') });
    const result = runtime.run('shareReportWithPartners', { projectId: 'P-1' }) as {
      problems: { sheet: string; row: number; column: string; message: string }[];
    };
    expect(result.problems).toEqual([
      expect.objectContaining({ sheet: 'Projects', row: 2, column: 'Document' }),
    ]);
    const [, item] = /\(CBO Tracker › (.*)\)$/.exec(result.problems[0].message) ?? [];
    expect(MENU.flat().map((m) => m.caption)).toContain(item);
  });
});

describe('Settings › Time zone that is not a time zone', () => {
  test('the minutes are made in the default time zone and the Settings row is named, no crash', async () => {
    const sheets = smallWorkbook();
    sheets.Settings.push(['Time zone', 'Phnom Penh']);
    sheets.Settings.splice(2, 1);
    const runtime = await openWorkbook(sheets, { outDir: tempDir('documents-zone-') });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as {
      documents: { name: string; problems: object[] }[];
    };
    expect(summary.documents[0].name).toMatch(/– 2017-09-28$/);
    expect(summary.documents[0].problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Settings',
        row: 3,
        column: 'Value',
        value: 'Phnom Penh',
      }),
    ]);
  });
});

describe("a meeting's own Template that cannot be opened", () => {
  test('the warning names the Meetings row and the Template column; the default template is used', async () => {
    const sheets = smallWorkbook();
    sheets.Meetings[0].push('Template');
    sheets.Meetings[2].push('not a document');
    const runtime = await openWorkbook(sheets, { outDir: tempDir('documents-template-') });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-2' }) as {
      documents: { name: string; problems: object[] }[];
    };
    expect(summary.documents[0].name).toMatch(/^M-2 Minutes/);
    expect(summary.documents[0].problems).toEqual([
      expect.objectContaining({
        sheet: 'Meetings',
        row: 3,
        column: 'Template',
        value: 'not a document',
        message:
          'this template cannot be opened (no access, or not a Google Doc): the default template is used',
        // The catalogue's message, so that a Khmer reader reads it in Khmer.
        i18n: { message: { key: 'doc.ownTemplateNotOpened' } },
      }),
    ]);
  });
});

describe('the CLI with --json when nothing could be made', () => {
  test('the reason is in the JSON (run problems), not only the exit code', async () => {
    const sheets = smallWorkbook();
    delete (sheets as Partial<typeof sheets>).Projects;
    const file = await saveToTemp(await openWorkbook(sheets), 'no-projects.xlsx');
    const out = tempDir('documents-cli-');
    const cli = path.join(REPO_ROOT, 'build/node/cli.cjs');
    const result = spawnSync(process.execPath, [cli, 'report', file, '--out', out, '--json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as { documents: unknown[]; problems: string[] };
    expect(json.documents).toEqual([]);
    expect(json.problems).toEqual([expect.stringMatching(/^Error: Projects.*Project ID/)]);
  });
});
