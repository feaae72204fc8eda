/**
 * Minutes of 30 and 300 attendees and a progress report of 120 items: emulated DocumentApp and
 * DriveApp calls and time (first generation: the default template is built too). Documents go to
 * a temporary folder, not out/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Cell } from '../../workbook/values';
import { FakeDocumentApp } from '../services/document';
import { DriveStore, FakeDriveApp } from '../services/drive';
import type { OfflineRuntime } from '../runtime';
import type { BenchOperation } from './types';

const TYPES = ['CBO', 'LNGO', 'INGO', 'CCC', 'Development partner'];
const GROUPS = ['NGOs', 'CBO TWGs', 'Donors'];

/** One meeting with `attendees` Attendance rows, 8 agenda sessions and 5 themes × 3 groups. */
export function meetingWorkbook(attendees: number): Record<string, Cell[][]> {
  const attendance: Cell[][] = [['Meeting ID', 'Name', 'Organisation', 'Participant type', 'Gender']];
  for (let i = 1; i <= attendees; i++) {
    attendance.push([
      'M-1',
      `Participant ${i}`,
      `Organisation ${i % 40}`,
      TYPES[i % 5],
      i % 2 ? 'Male' : 'Female',
    ]);
  }
  const agenda: Cell[][] = [['Meeting ID', 'Order', 'Session', 'Presenter', 'Notes']];
  for (let s = 1; s <= 8; s++) {
    agenda.push([
      'M-1',
      s,
      `Session ${s}`,
      'Mr. Soeung Saroeun',
      `Notes of session ${s}.\n1. First point\n2. Second point\n - detail`,
    ]);
  }
  const groupWork: Cell[][] = [['Meeting ID', 'Theme', 'Group', 'Point']];
  for (const theme of [
    'Good Governance',
    'Enabling Environment',
    'Financial sustainability',
    'Capacity',
    'Networking',
  ]) {
    for (const group of GROUPS) groupWork.push(['M-1', theme, group, 'A point\nAnother point']);
  }
  return {
    Settings: [
      ['Setting', 'Value'],
      ['Time zone', 'Asia/Phnom_Penh'],
    ],
    Lists: [['Participant type'], ...TYPES.map((t) => [t])],
    Meetings: [
      [
        'Meeting ID',
        'Title',
        'Date',
        'Start time',
        'End time',
        'Location',
        'Objectives',
        'Conclusions',
        'Annexes',
      ],
      [
        'M-1',
        'Partnership Meeting',
        '2017-09-28',
        '08:00',
        '12:00',
        'Phnom Penh',
        'One\nTwo\nThree',
        'Go on',
        'Slides',
      ],
    ],
    Attendance: attendance,
    Agenda: agenda,
    'Group work': groupWork,
  };
}

/** One project with 120 report items in 4 sections, each citing an indicator. */
export function projectWorkbook(): Record<string, Cell[][]> {
  const sections = ['Activities and results', 'Lessons learned', 'Challenges', 'The way forward'];
  const items: Cell[][] = [['Project ID', 'Section', 'Order', 'Text']];
  for (let i = 1; i <= 120; i++)
    items.push(['P-1', sections[i % 4], i, `Item ${i}: a total of {{IND-1}} CBOs.`]);
  return {
    Settings: [['Setting', 'Value']],
    Lists: [['Report section'], ...sections.map((s) => [s])],
    Projects: [
      ['Project ID', 'Title', 'Start', 'End', 'Funding', 'Currency', 'Donors'],
      ['P-1', "Citizens' Voices", '2019-01-01', '2022-12-31', 649300, 'EUR', 'BfdW, DCA'],
    ],
    'Report items': items,
    Indicators: [
      ['ID', 'Indicator', 'Kind', 'Source'],
      ['IND-1', 'CBOs mapped', 'count', 'CBOs'],
    ],
    'Indicator results': [
      ['ID', 'Indicator', 'Breakdown', 'Numerator', 'Denominator', 'Value', 'Display'],
      ['IND-1', 'CBOs mapped', '', 621, '', 621, '621'],
    ],
  };
}

/** Documents of the measured run go to a temporary folder (DocumentApp and DriveApp share it). */
function temporaryDrive(runtime: OfflineRuntime): void {
  const store = new DriveStore(fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-bench-docs-')));
  runtime.registerService('DocumentApp', () => new FakeDocumentApp(store));
  runtime.registerService(
    'DriveApp',
    (context) => new FakeDriveApp(store, (v) => context.emulator.unwrap(v)),
  );
}

function minutesOf(attendees: number): BenchOperation {
  return {
    name: `minutes-${attendees}`,
    fixedWorkbook: true,
    workbook: () => meetingWorkbook(attendees),
    prepare: temporaryDrive,
    entryPoint: 'generateMinutes',
    args: () => [{ meetingId: 'M-1' }],
  };
}

export const minutes30 = minutesOf(30);
export const minutes300 = minutesOf(300);

export const report: BenchOperation = {
  name: 'report-120',
  fixedWorkbook: true,
  workbook: projectWorkbook,
  prepare: temporaryDrive,
  entryPoint: 'generateProgressReport',
  args: () => [{ projectId: 'P-1' }],
};
