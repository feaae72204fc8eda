/**
 * The minutes model as template data: the field names a minutes template may use. The default
 * template (templates.ts) uses all of them; users' own templates may use any subset.
 */
import { digitsOf } from '../../i18n/digits';
import { blockData, blocksData } from '../blocks-data';
import type { TemplateData } from '../template/types';
import type { MinutesModel } from './model';

/** Field names of the numbered group columns: "Group 1" (the group's name) and "Points 1". */
export const groupField = (n: number) => `Group ${n}`;
export const pointsField = (n: number) => `Points ${n}`;

export function minutesData(model: MinutesModel, extra: { organisation?: string } = {}): TemplateData {
  const language = model.language;
  const digits = (n: number | string | undefined) => (n === undefined ? '' : digitsOf(String(n), language));
  const groups: TemplateData = {};
  model.groupWork.groups.forEach((group, i) => (groups[groupField(i + 1)] = group));
  return {
    'Meeting ID': model.meetingId,
    Organisation: extra.organisation ?? '',
    Title: model.title,
    'Meeting title': model.meetingTitle,
    'Facilitated by': model.facilitator,
    MC: model.mc,
    'Minutes taker': model.minutesTaker,
    'Participated by': model.participants,
    Total: language === 'en' ? model.total : digits(model.total),
    'Participant counts': model.participantCounts
      .filter((c) => c.count > 0)
      .map((c) => ({ Type: c.label, Count: language === 'en' ? c.count : digits(c.count) })),
    'Date and time': model.dateAndTime,
    Date: model.isoDate,
    Location: model.location,
    // Number and Text as documented; the block fields (Numbered, Sub numbered, Sub bullet) too, so
    // that "1.1" sub-objectives nest as native list items.
    Objectives: model.objectives.map((o) => ({
      ...blockData(o, language),
      Number: digits(o.label ?? o.number),
      Text: o.text,
    })),
    Sessions: model.sessions.map((s) => ({
      Heading: s.heading,
      Session: s.session,
      Presenter: s.presenter,
      Paragraphs: blocksData(s.notes, language),
    })),
    'Group work': model.groupWork.themes.length > 0, // not a sheet name: the template field
    Groups: model.groupWork.groups.map((group) => ({ Group: group })),
    ...groups,
    Themes: model.groupWork.themes.map((row) => {
      const theme: TemplateData = { Theme: row.theme };
      // A list: one list item per point in the cell (none for a group without points there).
      row.points.forEach((points, i) => (theme[pointsField(i + 1)] = [...points]));
      return theme;
    }),
    'Follow-up questions': model.groupWork.questions.map((q) => ({
      Question: q.question,
      Answers: [...q.answers],
    })),
    'Has objectives': model.objectives.length > 0,
    'Has results':
      model.sessions.length +
        model.groupWork.themes.length +
        model.groupWork.questions.length +
        model.conclusions.length >
      0,
    'Has conclusions': model.conclusions.length > 0,
    'Has annex': model.annexes.length + model.attendees.length > 0,
    Conclusions: blocksData(model.conclusions, language),
    Annexes: blocksData(model.annexes, language),
    'Attendance list': model.attendees.length > 0,
    Attendees: model.attendees.map((a) => ({
      No: language === 'en' ? a.number : digits(a.number),
      Name: a.name,
      Organisation: a.organisation,
      'Participant type': a.participantType,
      Gender: a.gender,
    })),
  };
}
