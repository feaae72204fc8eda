/**
 * How the offline CLI prints what the spreadsheet showed (execute.ts printUi): the kind of dialog
 * and the title's separator are in the interface's language ("[alert] Title: text" in English,
 * "[ប្រអប់សារ] ចំណងជើង៖ អត្ថបទ" in Khmer, which puts ៖ after a title, never a Latin colon).
 */
import { printUi } from '../../../src/offline/commands/execute';
import type { UiEvent } from '../../../src/offline/services/host';
import type { Language } from '../../../src/i18n/language';

function printed(events: UiEvent[], language?: Language): string[] {
  const lines: string[] = [];
  const print = printUi(
    { say: (line) => lines.push(line), json: () => undefined },
    language && (() => language),
  );
  events.forEach(print);
  return lines;
}

const EVENTS: UiEvent[] = [
  { kind: 'alert', title: 'ពិនិត្យទិន្នន័យ', text: 'គ្មានកំហុស' },
  { kind: 'toast', title: 'CBO Tracker', text: 'បានបង្កើត៖ M-1\nបានបង្កើត៖ M-2' },
  { kind: 'prompt', title: 'ID', text: 'សូមវាយ' },
  { kind: 'log', title: '', text: 'line' },
  { kind: 'log', title: 'Warning', text: 'careful' },
  {
    kind: 'log',
    title: 'MailApp',
    text: 'e-mail (not sent) to a@b.org: របាយការណ៍',
    mail: { to: 'a@b.org', subject: 'របាយការណ៍' },
  },
];

test('Khmer: Khmer kinds and ៖ after the title', () => {
  expect(printed(EVENTS, 'km')).toEqual([
    '[ប្រអប់សារ] ពិនិត្យទិន្នន័យ៖ គ្មានកំហុស',
    '[សារជូនដំណឹង] CBO Tracker៖ \n  បានបង្កើត៖ M-1\n  បានបង្កើត៖ M-2',
    '[ប្រអប់សួរ] ID៖ សូមវាយ',
    '[កំណត់ត្រា] line',
    'Warning careful',
    '[កំណត់ត្រា] អ៊ីមែល (មិនបានផ្ញើ) ទៅ a@b.org៖ របាយការណ៍',
  ]);
});

test('English (and no language given): as before', () => {
  const english = [
    '[alert] ពិនិត្យទិន្នន័យ: គ្មានកំហុស',
    '[toast] CBO Tracker: \n  បានបង្កើត៖ M-1\n  បានបង្កើត៖ M-2',
    '[prompt] ID: សូមវាយ',
    '[log] line',
    'Warning careful',
    '[log] e-mail (not sent) to a@b.org: របាយការណ៍',
  ];
  expect(printed(EVENTS, 'en')).toEqual(english);
  expect(printed(EVENTS)).toEqual(english);
});

test('the language is asked at each event (the demo sets Settings › Language after opening)', () => {
  let language: Language = 'en';
  const lines: string[] = [];
  const print = printUi({ say: (line) => lines.push(line), json: () => undefined }, () => language);
  print(EVENTS[0]);
  language = 'km';
  print(EVENTS[0]);
  expect(lines).toEqual(['[alert] ពិនិត្យទិន្នន័យ: គ្មានកំហុស', '[ប្រអប់សារ] ពិនិត្យទិន្នន័យ៖ គ្មានកំហុស']);
});
