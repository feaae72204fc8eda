import {
  buildMinutes,
  countParticipants,
  genderIn,
  participantLabel,
  participantsLine,
  pivotGroupWork,
  sessionHeading,
} from '../../../src/documents/minutes/model';
import { listItems, narrativeBlocks, numberItems, parseTimeOfDay } from '../../../src/documents/text';
import { blocksData } from '../../../src/documents/blocks-data';
import { AGENDA, ATTENDANCE, GROUP_WORK, LISTS, MEETINGS } from '../../../src/workbook/contract';
import { zonedParts } from '../../../src/workbook/dates';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const TZ = 'Asia/Phnom_Penh';
const table = (spec: typeof MEETINGS, values: Cell[][]) => Table.fromValues(spec.name, spec, values);

function sources(extra: { meetings?: Cell[][] } = {}) {
  const meetings = extra.meetings ?? [
    [
      'Meeting ID',
      'Title',
      'Date',
      'Start time',
      'End time',
      'Location',
      'Facilitator',
      'MC',
      'Minutes taker',
      'Objectives',
      'Conclusions',
      'Annexes',
      'My notes',
    ],
    [
      'M-2017-09',
      'Partnership Meeting on Promoting Good Practices of CBOs',
      '28/09/2017',
      '08:00',
      '12:00',
      'Sunway Hotel, Phnom Penh',
      'Mr. ChhornVatanak, GPP Manager',
      'Miss KAO Peou Leakhena',
      'Miss KAO Peou Leakhena',
      '1. To introduce the Guideline\n2. To discuss partnership\n\n3. To express gratitude',
      '- Develop groups at provincial level\n  - Business Plan\n  - Marketing\n- Build capacity',
      'Concept Note\nSlides Presentation\nAttendant list',
      'kept',
    ],
  ];
  const attendance: Cell[][] = [['Meeting ID', 'Name', 'Organisation', 'Participant type', 'Gender']];
  const add = (type: string, n: number) => {
    for (let i = 0; i < n; i++)
      attendance.push([' m-2017-09 ', `${type} person ${i + 1}`, `${type} org`, type, 'Female']);
  };
  add('cbo', 4);
  add('LNGO', 13);
  add('INGO', 1);
  add('CCC', 5);
  add('Development partner', 1);
  attendance.push(['M-2018-01', 'Other meeting', 'X', 'CBO', 'Male']);
  return {
    meetings: table(MEETINGS, meetings),
    attendance: table(ATTENDANCE, attendance),
    agenda: table(AGENDA, [
      ['Meeting ID', 'Order', 'Session', 'Presenter', 'Notes'],
      [
        'M-2017-09',
        2,
        'Welcome and opening remarks',
        'Mr. Soeung Saroeun',
        'He started.\nCBOs should strengthen:\n1. Good governance\n2. Capacity',
      ],
      [
        'M-2017-09',
        1,
        'Introduction to the objectives and agenda',
        'Miss KAO Peou Leakhena',
        'She introduced the agenda.',
      ],
      ['M-2017-09', 3, 'Update the progress of CBOs project', 'Chhorn Vatanak', ''],
    ]),
    groupWork: table(GROUP_WORK, [
      ['Meeting ID', 'Theme', 'Group', 'Point'],
      ['M-2017-09', 'Good Governance', 'NGOs', 'Improve standard of living'],
      ['M-2017-09', 'Good Governance', 'CBO TWGs', 'Certificate for good practices\nRegistration'],
      ['M-2017-09', 'Enabling Environment', 'CBO TWGs', 'Strengthening TWG'],
      ['M-2017-09', 'good governance', 'NGOs', 'Decision and financial freedom'],
      ['M-2017-09', 'Networking', '', 'a point with no group'],
    ]),
    lists: table(LISTS, [
      ['Participant type', 'Sector'],
      ['CBO', 'Health'],
      ['LNGO', ''],
      ['INGO', ''],
      ['CCC', ''],
      ['Development partner', ''],
    ]),
    timeZone: TZ,
  };
}

describe('minutes model pieces', () => {
  test('participant labels: organisation acronyms take a plural, other types stay as typed', () => {
    expect(
      ['CBO', 'LNGO', 'INGO', 'CSO', 'CCC', 'Development partner'].map((type) => participantLabel(type)),
    ).toEqual(['CBOs', 'LNGOs', 'INGOs', 'CSOs', 'CCC', 'Development partner']);
  });

  test('counts follow the list order, fold spellings, and put unknown types after', () => {
    const { counts, total } = countParticipants(['ccc', 'CBO', 'Donor', 'CBO', ''], ['CBO', 'LNGO', 'CCC']);
    expect(counts.map((c) => [c.type, c.count])).toEqual([
      ['CBO', 2],
      ['LNGO', 0],
      ['CCC', 1],
      ['Donor', 1],
      ['Other', 1],
    ]);
    expect(total).toBe(5);
    expect(participantsLine(counts, total)).toBe(
      'CBOs: 02 CCC: 01 Donor: 01 Other: 01 Total: 05 participants',
    );
    expect(participantsLine([], 1)).toBe('Total: 01 participant');
  });

  test('objectives: typed numbers dropped, one numbered item per line, blank lines skipped', () => {
    const items = numberItems(listItems('1. First\n\n2) Second\nThird\n- a point of the third'));
    expect(items.map((i) => [i.number, i.text, i.level])).toEqual([
      [1, 'First', 0],
      [2, 'Second', 0],
      [3, 'Third', 0],
      // A dashed line among numbered or plain ones is a sub-point, as in the notes.
      [undefined, 'a point of the third', 1],
    ]);
  });

  test('objectives: "1.1" lines (also in Khmer digits) are sub-items of the objective above, not objectives', () => {
    const items = numberItems(
      listItems('1. Strengthen CBOs\n1.1 Advocacy plans\n1.2 Membership\n2. To plan 2022'),
    );
    expect(items.map((i) => [i.kind, i.number, i.label, i.text, i.level])).toEqual([
      ['numbered', 1, undefined, 'Strengthen CBOs', 0],
      ['numbered', 1, '1.1', 'Advocacy plans', 1],
      ['numbered', 2, '1.2', 'Membership', 1],
      ['numbered', 2, undefined, 'To plan 2022', 0],
    ]);
    const khmer = numberItems(listItems('១. ពង្រឹងសហគមន៍\n១.១ ផែនការ\n២. ផែនការឆ្នាំ២០២២'));
    expect(khmer.map((i) => [i.number, i.label, i.level])).toEqual([
      [1, undefined, 0],
      [1, '1.1', 1],
      [2, undefined, 0],
    ]);
  });

  test('conclusions: typed numbering is kept as numbered items at the level of their number', () => {
    const typed =
      '1. Develop networks\n2) Build capacity\n2.1 Leadership\n2.1.1 Women\n2.2 Forum\n- Twice\n3. Certificates';
    expect(listItems(typed).map((i) => [i.kind, i.level, i.label ?? i.number, i.text])).toEqual([
      ['numbered', 0, 1, 'Develop networks'],
      ['numbered', 0, 2, 'Build capacity'],
      ['numbered', 1, '2.1', 'Leadership'],
      ['numbered', 2, '2.1.1', 'Women'],
      ['numbered', 1, '2.2', 'Forum'],
      // A "- " line under "2.2" is a bullet one level below it.
      ['bullet', 2, undefined, 'Twice'],
      ['numbered', 0, 3, 'Certificates'],
    ]);
    // Khmer digits number the same way; bullets typed as bullets stay bullets.
    const khmer = listItems('១. ដៃគូ\n២. CBO\n២.១ ផែនការ\n២.២ ថវិកា');
    expect(khmer.map((i) => [i.kind, i.level, i.label])).toEqual([
      ['numbered', 0, undefined],
      ['numbered', 0, undefined],
      ['numbered', 1, '2.1'],
      ['numbered', 1, '2.2'],
    ]);
    expect(listItems('- One\n- Two').map((i) => [i.kind, i.level])).toEqual([
      ['bullet', 0],
      ['bullet', 0],
    ]);
    const data = blocksData(listItems(typed), 'km');
    expect(data.map((d) => [d.Number, d.Numbered || d['Sub numbered'] || d['Sub sub numbered']])).toEqual([
      ['១', 'Develop networks'],
      ['២', 'Build capacity'],
      ['២.១', 'Leadership'],
      ['២.១.១', 'Women'],
      ['២.២', 'Forum'],
      ['', ''],
      ['៣', 'Certificates'],
    ]);
    expect(data[3]['Sub sub numbered']).toBe('Women');
    expect(data[5]['Sub sub bullet']).toBe('Twice');
  });

  test('notes: lines starting with "1." or "-" become list items, indented bullets nest', () => {
    const blocks = narrativeBlocks(
      'She presented:\n1. Chapter 1\n - Annex 1: By-law\n2. Chapter 2\nDetail in Annex\n- a bullet',
    );
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['paragraph', 0, 'She presented:'],
      ['numbered', 0, 'Chapter 1'],
      ['bullet', 1, 'Annex 1: By-law'],
      ['numbered', 0, 'Chapter 2'],
      ['paragraph', 0, 'Detail in Annex'],
      ['bullet', 0, 'a bullet'],
    ]);
  });

  test('session headings are upper-cased but keep plural acronyms', () => {
    expect(sessionHeading('Welcome and opening remarks', 'Mr. Soeung Saroeun')).toBe(
      'WELCOME AND OPENING REMARKS – BY MR. SOEUNG SAROEUN',
    );
    expect(sessionHeading('Update of CBOs project', '')).toBe('UPDATE OF CBOs PROJECT');
  });

  test('group work pivot: one row per theme, one column per group, first-seen order, folded', () => {
    const pivot = pivotGroupWork([
      { theme: 'Good Governance', group: 'NGOs', point: 'A' },
      { theme: 'Enabling Environment', group: 'CBO TWGs', point: 'B\n- C' },
      { theme: 'good  governance', group: 'ngos', point: 'D' },
    ]);
    expect(pivot.groups).toEqual(['NGOs', 'CBO TWGs']);
    expect(pivot.themes).toEqual([
      { theme: 'Good Governance', points: [['A', 'D'], []] },
      { theme: 'Enabling Environment', points: [[], ['B', 'C']] },
    ]);
  });

  test('times from text, am/pm, fractions of a day and time cells', () => {
    const zoned = (d: Date) => zonedParts(d, TZ);
    expect(parseTimeOfDay('08:00', zoned)).toEqual({ hour: 8, minute: 0 });
    expect(parseTimeOfDay('2:30 pm', zoned)).toEqual({ hour: 14, minute: 30 });
    expect(parseTimeOfDay('១២:០០', zoned)).toEqual({ hour: 12, minute: 0 });
    expect(parseTimeOfDay(0.5, zoned)).toEqual({ hour: 12, minute: 0 });
    expect(parseTimeOfDay(new Date('2017-09-28T01:00:00Z'), zoned)).toEqual({ hour: 8, minute: 0 });
    expect(parseTimeOfDay('soon', zoned)).toBeUndefined();
    expect(parseTimeOfDay('8', zoned)).toBeUndefined();
  });
});

describe('buildMinutes', () => {
  test('"08:00pm – 12:00pm" (the reference minutes typed a morning so) is a warning, never a silent 20:00', () => {
    const base = sources();
    const meetings = base.meetings as Table;
    const values = [meetings.headerRow, ...meetings.rows.map((r) => [...r.cells])] as Cell[][];
    values[1][3] = '08:00pm';
    values[1][4] = '12:00pm';
    const { model, problems } = buildMinutes(sources({ meetings: values }), 'M-2017-09');
    expect(model?.dateAndTime).toBe('28 September 2017, 08:00pm – 12:00pm');
    expect(model?.dateAndTime).not.toContain('20:00');
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Meetings',
        row: 2,
        column: 'Start time',
        value: '08:00pm',
      }),
    );
    values[1][3] = '2:00pm';
    values[1][4] = '4:30pm';
    const afternoon = buildMinutes(sources({ meetings: values }), 'M-2017-09');
    expect(afternoon.model?.dateAndTime).toBe('28 September 2017, 14:00 – 16:30');
    expect(afternoon.problems.filter((p) => p.column === 'Start time')).toEqual([]);
  });

  test('heading block like the reference', () => {
    const { model, problems } = buildMinutes(sources(), 'm-2017-09');
    expect(model).toBeDefined();
    if (!model) return;
    expect(model.meetingId).toBe('M-2017-09');
    expect(model.title).toBe('Minute of Partnership Meeting on Promoting Good Practices of CBOs');
    expect(model.participants).toBe(
      'CBOs: 04 LNGOs: 13 INGOs: 01 CCC: 05 Development partner: 01 Total: 24 participants',
    );
    expect(model.dateAndTime).toBe('28 September 2017, 08:00 – 12:00');
    expect(model.isoDate).toBe('2017-09-28');
    expect(model.objectives.map((o) => `${o.number}. ${o.text}`)).toEqual([
      '1. To introduce the Guideline',
      '2. To discuss partnership',
      '3. To express gratitude',
    ]);
    expect(model.conclusions.map((c) => [c.level, c.text])).toEqual([
      [0, 'Develop groups at provincial level'],
      [1, 'Business Plan'],
      [1, 'Marketing'],
      [0, 'Build capacity'],
    ]);
    expect(model.annexes.map((a) => a.text)).toEqual([
      'Concept Note',
      'Slides Presentation',
      'Attendant list',
    ]);
    expect(model.attendees).toHaveLength(24);
    // the point with no group is reported, not silently dropped
    expect(problems).toEqual([
      expect.objectContaining({ sheet: 'Group work', row: 6, column: 'Group', severity: 'warning' }),
    ]);
  });

  test('agenda sessions in Order with their notes', () => {
    const { model } = buildMinutes(sources(), 'M-2017-09');
    expect(model?.sessions.map((s) => s.heading)).toEqual([
      'INTRODUCTION TO THE OBJECTIVES AND AGENDA – BY MISS KAO PEOU LEAKHENA',
      'WELCOME AND OPENING REMARKS – BY MR. SOEUNG SAROEUN',
      'UPDATE THE PROGRESS OF CBOs PROJECT – BY CHHORN VATANAK',
    ]);
    expect(model?.sessions[1].notes.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'numbered',
      'numbered',
    ]);
    expect(model?.groupWork.groups).toEqual(['NGOs', 'CBO TWGs']);
    expect(model?.groupWork.themes[0].points).toEqual([
      ['Improve standard of living', 'Decision and financial freedom'],
      ['Certificate for good practices', 'Registration'],
    ]);
  });

  test('a missing meeting is an error naming the sheet and the ID', () => {
    const { model, problems } = buildMinutes(sources(), 'M-1999-01');
    expect(model).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Meetings',
        column: 'Meeting ID',
        value: 'M-1999-01',
      }),
    ]);
  });

  test('blank required fields and a bad date are reported with row and column', () => {
    const { problems } = buildMinutes(
      sources({
        meetings: [
          ['Meeting ID', 'Title', 'Date*', 'Start time'],
          ['M-2017-09', '', '31/02/2017', 'after lunch'],
        ],
      }),
      'M-2017-09',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', sheet: 'Meetings', row: 2, column: 'Title' }),
        expect.objectContaining({ severity: 'error', row: 2, column: 'Date*', value: '31/02/2017' }),
        expect.objectContaining({ severity: 'warning', row: 2, column: 'Start time', value: 'after lunch' }),
      ]),
    );
  });
});

describe('list cells (Objectives, Conclusions, Annexes) as nested items', () => {
  test.each([
    [
      'plain lines with dashed sub-points (as the reference)',
      'Develop groups\n- Business Plan\n- Marketing\nBuild capacity',
      [
        ['Develop groups', 0],
        ['Business Plan', 1],
        ['Marketing', 1],
        ['Build capacity', 0],
      ],
    ],
    [
      'all dashed: one level',
      '- One\n- Two',
      [
        ['One', 0],
        ['Two', 0],
      ],
    ],
    [
      'all plain: one level',
      'One\nTwo',
      [
        ['One', 0],
        ['Two', 0],
      ],
    ],
    [
      'indented lines nest',
      'One\n  - Two\n   Three',
      [
        ['One', 0],
        ['Two', 1],
        ['Three', 1],
      ],
    ],
    [
      'a first dashed line has nothing to nest under',
      '- One\nTwo',
      [
        ['One', 0],
        ['Two', 0],
      ],
    ],
    [
      'numbered and dashed',
      '1. One\n- Two',
      [
        ['One', 0],
        ['Two', 1],
      ],
    ],
  ])('%s', (_, cell, expected) => {
    expect(listItems(cell).map((item) => [item.text, item.level])).toEqual(expected);
  });
});

describe('genders in the attendance table', () => {
  test.each([
    ['F', 'en', 'Female'],
    ['woman', 'en', 'Female'],
    ['ស្រី', 'en', 'Female'],
    ['male', 'en', 'Male'],
    ['F', 'km', 'ស្រី'],
    ['Female', 'km', 'ស្រី'],
    ['non-binary', 'en', 'non-binary'],
  ] as const)('%s in a %s document reads %s', (typed, language, shown) => {
    expect(genderIn(typed, language)).toBe(shown);
  });
});
