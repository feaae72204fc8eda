/**
 * The minutes of one meeting, built from Meetings, Attendance, Agenda and Group work, shaped
 * like the reference minutes (shared/reference/partnership-meeting-minutes-2017.txt). Pure.
 */
import { choiceWord } from '../../i18n/choices';
import { longDateOf, timeOf, twoDigitsOf } from '../../i18n/digits';
import { parseLanguage, type Language } from '../../i18n/language';
import { digits, localized, t, type Localized } from '../../i18n/messages';
import { messageOf, reasonMessage, said } from '../../i18n/problems';
import { dayParts, isoDay, parseDay, zonedParts, type Day } from '../../workbook/dates';
import { foldKey, Vocabulary } from '../../workbook/matching';
import type { Table } from '../../workbook/table';
import { noRowWithId, sheetMissing } from '../problems';
import type { Problem } from '../../workbook/problem';
import { cell, listValues, orderKey, requiredProblems, rowsFor, text } from '../sources';
import {
  cellLines,
  listItems,
  narrativeBlocks,
  numberItems,
  formatTime,
  parseTimeOfDay,
  type TimeOfDay,
  upperHeading,
  type Block,
} from '../text';
import { GENDERS, SHEET } from '../../workbook/contract';
import { readChoice } from '../../workbook/choices';

export interface MinutesSources {
  meetings?: Table;
  attendance?: Table;
  agenda?: Table;
  groupWork?: Table;
  lists?: Table;
  timeZone: string;
  /** Settings › Language: the language of minutes whose Meetings row names none. */
  language?: Language;
}

export interface ParticipantCount {
  /** The Participant type as the list spells it. */
  type: string;
  /** As shown in the minutes: "CBOs", "LNGOs", "CCC". */
  label: string;
  count: number;
}

export interface AgendaSession {
  row: number;
  session: string;
  presenter: string;
  /** "WELCOME AND OPENING REMARKS – BY MR. SOEUNG SAROEUN" */
  heading: string;
  notes: Block[];
}

export interface GroupWorkTable {
  /** Groups in first-seen order: the table's columns. */
  groups: string[];
  /** Themes in first-seen order (a row each, above its points' row); points[i] are group i's points. */
  themes: { theme: string; points: string[][] }[];
  /**
   * Themes typed as a question ("One more question for CBO TWGs, what should TWGs do next?"):
   * shown after the table with their answers, in first-seen order, as the reference minutes do.
   */
  questions: { question: string; answers: string[] }[];
}

/** A Theme that ends with a question mark is a question put after the table. */
export function isFollowUpQuestion(theme: string): boolean {
  return /[?？]\s*$/.test(theme);
}

export interface Attendee {
  number: number;
  name: string;
  organisation: string;
  participantType: string;
  gender: string;
}

export interface MinutesModel {
  /** The document's language: Meetings › Language, else Settings › Language. */
  language: Language;
  meetingId: string;
  /** Sheet row of the meeting in Meetings. */
  row: number;
  meetingTitle: string;
  /** "Minute of Partnership Meeting on …" as the reference heads it. */
  title: string;
  facilitator: string;
  mc: string;
  minutesTaker: string;
  participantCounts: ParticipantCount[];
  total: number;
  /** "CBOs: 04 LNGOs: 13 … Total: 24 participants" */
  participants: string;
  day?: Day;
  /** 2017-09-28, for document names. */
  isoDate: string;
  /** "28 September 2017, 08:00 – 12:00" */
  dateAndTime: string;
  location: string;
  objectives: Block[];
  sessions: AgendaSession[];
  groupWork: GroupWorkTable;
  conclusions: Block[];
  annexes: Block[];
  attendees: Attendee[];
  /** Template document ID from Meetings › Template (blank: the default). */
  template: string;
  /** The link already in Meetings › Document. */
  document: string;
}

export interface MinutesResult {
  model?: MinutesModel;
  problems: Problem[];
}

/** "Minute of Partnership Meeting on …"; a title that already says "Minute(s)" (កំណត់ហេតុ) is kept. */
export function minutesTitle(title: string, language: Language = 'en'): string {
  if (/^minutes?\b/i.test(title) || title.startsWith('កំណត់ហេតុ')) return title;
  // Khmer runs words together; a title in Latin letters still needs its space.
  const spaced = language === 'km' && !/^[\u1780-\u17FF]/.test(title) ? ` ${title}` : title;
  return t(language, 'minutes.title', { title: spaced });
}

/**
 * How a Participant type is counted in the heading: organisation acronyms ending in "O" take a
 * plural ("CBO" → "CBOs", "LNGO" → "LNGOs", "CSO" → "CSOs"); other values stay as typed ("CCC",
 * "Development partner", "Government"), as in the reference minutes.
 */
export function participantLabel(type: string, language: Language = 'en'): string {
  // Khmer has no plural: "CBO៖ ០៤".
  return language !== 'km' && /^[A-Z]*O$/.test(type) && type.length >= 2 ? `${type}s` : type;
}

/** "CBOs: 04 LNGOs: 13 INGOs: 01 CCC: 05 Total: 24 participants" ("… សរុប៖ ២៤ នាក់"). */
export function participantsLine(
  counts: readonly ParticipantCount[],
  total: number,
  language: Language = 'en',
): string {
  const parts = counts
    .filter((c) => c.count > 0)
    .map((c) => t(language, 'minutes.count', { type: c.label, count: twoDigitsOf(c.count, language) }));
  parts.push(t(language, 'minutes.total', { count: twoDigitsOf(total, language) }));
  return parts.join(' ');
}

/** Counts per Participant type, in the order of Lists › Participant type, other types after. */
export function countParticipants(
  types: readonly string[],
  listOrder: readonly string[],
  language: Language = 'en',
): { counts: ParticipantCount[]; total: number } {
  const vocabulary = new Vocabulary(listOrder);
  const order: string[] = [...vocabulary.values()];
  const counts = new Map<string, number>();
  for (const typed of types) {
    const type = vocabulary.match(typed)?.canonical ?? (typed || 'Other');
    const known = order.find((t) => foldKey(t) === foldKey(type));
    const key = known ?? type;
    if (!known) order.push(type);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    counts: order.map((type) => ({
      type,
      label: participantLabel(type, language),
      count: counts.get(type) ?? 0,
    })),
    total: types.length,
  };
}

/** "Theme × Group" table of points, themes and groups in first-seen order. */
export function pivotGroupWork(
  points: readonly { theme: string; group: string; point: string }[],
): GroupWorkTable {
  const groups: string[] = [];
  const themes: GroupWorkTable['themes'] = [];
  const questions: GroupWorkTable['questions'] = [];
  const groupIndex = new Map<string, number>();
  const themeIndex = new Map<string, number>();
  const questionIndex = new Map<string, number>();
  const lines = (point: string) => cellLines(point).map((line) => line.replace(/^[-•*]\s*/, ''));
  for (const { theme, group, point } of points) {
    if (isFollowUpQuestion(theme)) {
      let at = questionIndex.get(foldKey(theme));
      if (at === undefined) {
        at = questions.length;
        questionIndex.set(foldKey(theme), at);
        questions.push({ question: theme, answers: [] });
      }
      questions[at].answers.push(...lines(point));
      continue;
    }
    if (!groupIndex.has(foldKey(group))) {
      groupIndex.set(foldKey(group), groups.length);
      groups.push(group);
    }
    if (!themeIndex.has(foldKey(theme))) {
      themeIndex.set(foldKey(theme), themes.length);
      themes.push({ theme, points: [] });
    }
  }
  for (const row of themes) row.points = groups.map(() => []);
  for (const { theme, group, point } of points) {
    if (isFollowUpQuestion(theme)) continue;
    const cellPoints =
      themes[themeIndex.get(foldKey(theme)) as number].points[groupIndex.get(foldKey(group)) as number];
    cellPoints.push(...lines(point));
  }
  return { groups, themes, questions };
}

export function sessionHeading(session: string, presenter: string, language: Language = 'en'): string {
  return upperHeading(presenter ? t(language, 'minutes.by', { session, presenter }) : session);
}

export function buildMinutes(sources: MinutesSources, meetingId: string): MinutesResult {
  const problems: Problem[] = [];
  const { meetings, timeZone } = sources;
  if (!meetings) {
    return { problems: [sheetMissing(SHEET.meetings)] };
  }
  const rows = rowsFor(meetings, 'Meeting ID', meetingId);
  if (rows.length === 0) {
    return {
      problems: [noRowWithId(meetings, 'Meeting ID', 'meeting', meetingId)],
    };
  }
  const row = rows[0];
  if (rows.length > 1) {
    problems.push({
      severity: 'warning',
      sheet: SHEET.meetings,
      row: rows[1].rowNumber,
      column: meetings.headerText('Meeting ID'),
      value: meetingId,
      code: 'duplicate-id',
      ...said(localized('doc.duplicateMeeting', { row: digits(row.rowNumber) })),
    });
  }
  problems.push(...requiredProblems(meetings, row, ['Title', 'Date']));
  const id = text(meetings, row, 'Meeting ID');
  const meetingTitle = text(meetings, row, 'Title');
  const language = documentLanguage(
    meetings,
    row.rowNumber,
    text(meetings, row, 'Language'),
    sources.language,
  );
  problems.push(...language.problems);
  const lang = language.language;

  const dateCell = cell(meetings, row, 'Date');
  const parsedDay = parseDay(dateCell, timeZone);
  let day: Day | undefined;
  if (parsedDay.status === 'ok') day = parsedDay.value;
  else if (parsedDay.status === 'invalid') {
    problems.push(
      cellProblem(
        meetings,
        row.rowNumber,
        'Date',
        text(meetings, row, 'Date'),
        'not-a-date',
        reasonMessage(parsedDay.reason),
      ),
    );
  }
  const zoned = (date: Date) => zonedParts(date, timeZone);
  const times: string[] = [];
  const parsedTimes: (TimeOfDay | undefined)[] = [];
  for (const header of ['Start time', 'End time']) {
    const typed = cell(meetings, row, header);
    if (text(meetings, row, header) === '') continue;
    const time = parseTimeOfDay(typed, zoned);
    parsedTimes.push(time);
    if (time) times.push(timeOf(time, lang));
    else {
      times.push(text(meetings, row, header));
      problems.push({
        ...cellProblem(
          meetings,
          row.rowNumber,
          header,
          text(meetings, row, header),
          'not-a-time',
          localized('doc.notATime'),
        ),
        severity: 'warning',
      });
    }
  }
  // "08:00pm – 12:00pm" (as the organisation's 2017 minutes typed a morning): pm makes the start
  // 20:00, after the end. Never silently 20:00: the minutes keep the times as typed and say so.
  const [start, end] = parsedTimes;
  if (
    parsedTimes.length === 2 &&
    start &&
    end &&
    start.hour * 60 + start.minute > end.hour * 60 + end.minute
  ) {
    const typedStart = text(meetings, row, 'Start time');
    const typedEnd = text(meetings, row, 'End time');
    const halfDay = /[ap]\.?m\.?/i;
    const culprit = halfDay.test(typedStart) || !halfDay.test(typedEnd) ? 'Start time' : 'End time';
    times.splice(0, 2, typedStart, typedEnd);
    problems.push({
      ...cellProblem(
        meetings,
        row.rowNumber,
        culprit,
        text(meetings, row, culprit),
        'end-before-start',
        localized('doc.endBeforeStart', { start: digits(formatTime(start)), end: digits(formatTime(end)) }),
      ),
      severity: 'warning',
    });
  }
  const dateText = day !== undefined ? longDateOf(dayParts(day), lang) : text(meetings, row, 'Date');
  const timeText = times.join(' – ');
  const dateAndTime =
    dateText && timeText
      ? t(lang, 'minutes.dateTime', { date: dateText, times: timeText })
      : dateText || timeText;

  // Attendance
  const attendanceRows = rowsFor(sources.attendance, 'Meeting ID', id);
  const attendance = sources.attendance;
  const participantTypes = listValues(sources.lists, 'Participant type');
  const typeVocabulary = new Vocabulary(participantTypes);
  const attendees: Attendee[] = [];
  const types: string[] = [];
  if (attendance) {
    for (const r of attendanceRows) {
      problems.push(...requiredProblems(attendance, r, ['Name'], 'warning'));
      const typed = text(attendance, r, 'Participant type');
      if (typed && participantTypes.length > 0 && !typeVocabulary.has(typed)) {
        problems.push({
          ...cellProblem(
            attendance,
            r.rowNumber,
            'Participant type',
            typed,
            'unknown-list-value',
            localized('doc.notInList', { list: 'Participant type' }),
          ),
          severity: 'warning',
        });
      }
      const type = typeVocabulary.match(typed)?.canonical ?? typed;
      types.push(type);
      attendees.push({
        number: attendees.length + 1,
        name: text(attendance, r, 'Name'),
        organisation: text(attendance, r, 'Organisation'),
        participantType: type,
        gender: genderIn(text(attendance, r, 'Gender'), lang),
      });
    }
  }
  if (attendees.length === 0) {
    problems.push({
      severity: 'warning',
      sheet: SHEET.attendance,
      row: null,
      column: 'Meeting ID',
      value: id,
      code: 'no-attendance',
      ...said(localized('doc.noAttendance', { id })),
    });
  }
  const { counts, total } = countParticipants(types, participantTypes, lang);

  // Agenda
  const agenda = sources.agenda;
  const sessions: AgendaSession[] = [];
  if (agenda) {
    const agendaRows = rowsFor(agenda, 'Meeting ID', id)
      .map((r, i) => ({ r, i, order: orderKey(cell(agenda, r, 'Order')) }))
      .sort((a, b) => a.order - b.order || a.i - b.i);
    for (const { r } of agendaRows) {
      if (text(agenda, r, 'Order') !== '' && !Number.isFinite(orderKey(cell(agenda, r, 'Order')))) {
        problems.push({
          ...cellProblem(
            agenda,
            r.rowNumber,
            'Order',
            text(agenda, r, 'Order'),
            'not-a-number',
            localized('doc.orderNotNumber'),
          ),
          severity: 'warning',
        });
      }
      const session = text(agenda, r, 'Session');
      if (!session) {
        problems.push(...requiredProblems(agenda, r, ['Session'], 'warning'));
        if (text(agenda, r, 'Notes') === '') continue;
      }
      const presenter = text(agenda, r, 'Presenter');
      sessions.push({
        row: r.rowNumber,
        session,
        presenter,
        heading: sessionHeading(session || t(lang, 'minutes.session'), presenter, lang),
        notes: narrativeBlocks(cell(agenda, r, 'Notes')),
      });
    }
  }

  // Group work
  const groupWork = sources.groupWork;
  const points: { theme: string; group: string; point: string }[] = [];
  if (groupWork) {
    for (const r of rowsFor(groupWork, 'Meeting ID', id)) {
      const missing = requiredProblems(groupWork, r, ['Theme', 'Group', 'Point'], 'warning');
      if (missing.length > 0) {
        problems.push(
          ...missing.map((p) => ({
            ...p,
            ...said(localized('doc.pointLeftOut', { message: messageOf(p) })),
          })),
        );
        continue;
      }
      points.push({
        theme: text(groupWork, r, 'Theme'),
        group: text(groupWork, r, 'Group'),
        point: text(groupWork, r, 'Point'),
      });
    }
  }

  return {
    model: {
      language: lang,
      meetingId: id,
      row: row.rowNumber,
      meetingTitle,
      title: minutesTitle(meetingTitle || id, lang),
      facilitator: text(meetings, row, 'Facilitator'),
      mc: text(meetings, row, 'MC'),
      minutesTaker: text(meetings, row, 'Minutes taker'),
      participantCounts: counts,
      total,
      participants: participantsLine(counts, total, lang),
      day,
      isoDate: day !== undefined ? isoDay(day) : '',
      dateAndTime,
      location: text(meetings, row, 'Location'),
      objectives: numberItems(listItems(cell(meetings, row, 'Objectives'))),
      sessions,
      groupWork: pivotGroupWork(points),
      conclusions: listItems(cell(meetings, row, 'Conclusions')),
      annexes: listItems(cell(meetings, row, 'Annexes')),
      attendees,
      template: text(meetings, row, 'Template'),
      document: text(meetings, row, 'Document'),
    },
    problems,
  };
}

function cellProblem(
  table: Table,
  row: number,
  header: string,
  value: string,
  code: string,
  message: Localized,
): Problem {
  const column = table.headerText(header);
  return { severity: 'error', sheet: table.sheetName, row, column, code, value, ...said(message) };
}

/**
 * The fixed Gender choices as the document's language writes them, whatever spelling validation
 * accepted ("F", "woman", "ស្រី" are Female); other values stay as typed.
 */
export function genderIn(gender: string, language: Language): string {
  const canonical = readChoice(GENDERS, gender)?.value;
  return canonical ? choiceWord(canonical, language) : gender;
}

/**
 * The language of one document: its row's Language column (Meetings or Projects) when it names a
 * language, else Settings › Language. A Language that names none is a warning on its cell.
 */
export function documentLanguage(
  table: Table,
  row: number,
  typed: string,
  fallback: Language = 'en',
): { language: Language; problems: Problem[] } {
  if (!typed) return { language: fallback, problems: [] };
  const language = parseLanguage(typed);
  if (language) return { language, problems: [] };
  return {
    language: fallback,
    problems: [
      {
        severity: 'warning',
        sheet: table.sheetName,
        row,
        column: table.headerText('Language'),
        value: typed,
        code: 'invalid-language',
        ...said(localized('doc.badLanguage', { language: localized(`doc.language.${fallback}`) })),
      },
    ],
  };
}
