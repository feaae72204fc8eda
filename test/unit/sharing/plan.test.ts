import { planSheet, planValidations, planWorkbook, numberFormatFor } from '../../../src/sharing/setup/plan';
import { protectionSettings, planProtections } from '../../../src/sharing/protection/plan';
import { CBOS, LISTS, INDICATORS, SETTINGS } from '../../../src/workbook/contract';
import { settingsFromValues } from '../../../src/workbook/settings';

describe('set-up plan', () => {
  test('a missing sheet is created with every contract header; Lists, Indicators and Settings are seeded', () => {
    const plans = planWorkbook(new Map());
    const cbos = plans.find((p) => p.name === 'CBOs')!;
    expect(cbos.create).toBe(true);
    expect(cbos.columns.map((c) => c.column)).toEqual(CBOS.columns.map((_, i) => i + 1));
    const lists = plans.find((p) => p.name === 'Lists')!;
    expect(lists.seed.map((b) => b.column)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lists.seed[2].values).toHaveLength(10);
    expect(plans.find((p) => p.name === 'Indicators')!.seed[0].values).toHaveLength(3);
    expect(plans.find((p) => p.name === 'Settings')!.seed[0].values.map((r) => r[0])).toContain(
      'Coordinators',
    );
  });

  test('missing contract columns go after the last used column, existing ones keep their place', () => {
    const header = ['members*', 'CBO ID', 'My notes', '', 'E-mail'];
    const plan = planSheet(CBOS, { header, lastRow: 40, lastColumn: 7, maxRows: 1000 });
    expect(plan.create).toBe(false);
    expect(plan.columns.find((c) => c.header === 'Members')).toMatchObject({ column: 1, added: false });
    expect(plan.columns.find((c) => c.header === 'Email')).toMatchObject({ column: 5, added: false });
    expect(plan.added[0]).toMatchObject({ header: 'CBO name', column: 8 });
    expect(plan.added).toHaveLength(CBOS.columns.length - 3);
    expect(plan.headerWidth).toBe(7 + plan.added.length);
    expect(plan.seed).toEqual([]);
  });

  test('seeds only empty sheets, and only the Lists columns it adds to a filled Lists', () => {
    expect(planSheet(INDICATORS, { header: ['ID'], lastRow: 3, lastColumn: 1, maxRows: 100 }).seed).toEqual(
      [],
    );
    expect(
      planSheet(SETTINGS, { header: ['Setting', 'Value'], lastRow: 1, lastColumn: 2, maxRows: 100 }).seed,
    ).toHaveLength(1);
    const lists = planSheet(LISTS, { header: ['Sector', 'Issue'], lastRow: 5, lastColumn: 2, maxRows: 100 });
    expect(lists.seed.map((b) => b.column)).toEqual([3, 4, 5, 6]);
  });

  test('dropdowns point at the columns as they will be after set-up', () => {
    const states = new Map([
      ['Lists', { header: ['Issue', 'x', 'Sector'], lastRow: 5, lastColumn: 3, maxRows: 100 }],
    ]);
    const rules = planValidations(planWorkbook(states));
    const sector = rules.find((r) => r.sheet === 'CBOs' && r.header === 'Sector')!;
    expect(sector.source).toEqual({ type: 'range', sheet: 'Lists', column: 3, header: 'Sector' });
    expect(rules.find((r) => r.sheet === 'CBOs' && r.header === 'Province')!.source).toMatchObject({
      sheet: 'Geography',
      column: 1,
    });
    expect(rules.find((r) => r.sheet === 'CBOs' && r.header === 'Target')!.source).toEqual({
      type: 'list',
      values: ['Yes', 'No'],
    });
    expect(rules.find((r) => r.sheet === 'Advocacy' && r.header === 'Level')!.source).toMatchObject({
      type: 'list',
    });
    expect(rules.some((r) => r.sheet === 'Validation')).toBe(false);
    expect(numberFormatFor(CBOS.columns[0])).toBe('@');
    expect(numberFormatFor(CBOS.columns.find((c) => c.header === 'Mapped on')!)).toBe('yyyy-mm-dd');
  });

  test('a Khmer dropdown lists the Khmer words first, then the values; its help names the Khmer words', () => {
    const rules = planValidations(planWorkbook(new Map()), 'km');
    const level = rules.find((r) => r.sheet === 'Advocacy' && r.header === 'Level')!;
    expect(level.source).toEqual({
      type: 'list',
      values: ['ថ្នាក់ជាតិ', 'ថ្នាក់ខេត្ត', 'ថ្នាក់ស្រុក', 'ថ្នាក់ឃុំ', 'National', 'Provincial', 'District', 'Commune'],
    });
    expect(level.helpText).toContain('ថ្នាក់ជាតិ, ថ្នាក់ខេត្ត, ថ្នាក់ស្រុក, ថ្នាក់ឃុំ។');
    const gender = rules.find((r) => r.sheet === 'CBOs' && r.header === 'Leader gender')!;
    expect(gender.source).toEqual({
      type: 'list',
      values: ['ស្រី', 'ប្រុស', 'ផ្សេងៗ', 'Female', 'Male', 'Other'],
    });
    expect(gender.helpText).toContain('ស្រី, ប្រុស, ផ្សេងៗ។');
    const target = rules.find((r) => r.sheet === 'CBOs' && r.header === 'Target')!;
    expect(target.source).toEqual({ type: 'list', values: ['បាទ/ចាស', 'ទេ', 'Yes', 'No'] });
    expect(target.helpText).toMatch(/^CBO Tracker: បាទ\/ចាស ឬ ទេ/);
    const language = rules.find((r) => r.sheet === 'Partners' && r.header === 'Language')!;
    expect(language.source).toEqual({ type: 'list', values: ['អង់គ្លេស', 'ខ្មែរ', 'en', 'km'] });
  });

  test('an English dropdown lists the values alone, as before', () => {
    const english = planValidations(planWorkbook(new Map()), 'en');
    const gender = english.find((r) => r.sheet === 'CBOs' && r.header === 'Leader gender')!;
    expect(gender.source).toEqual({ type: 'list', values: ['Female', 'Male', 'Other'] });
    expect(gender.helpText).toContain('Female, Male, Other.');
    const target = english.find((r) => r.sheet === 'CBOs' && r.header === 'Target')!;
    expect(target.source).toEqual({ type: 'list', values: ['Yes', 'No'] });
    const language = english.find((r) => r.sheet === 'Partners' && r.header === 'Language')!;
    expect(language.source).toEqual({ type: 'list', values: ['en', 'km'] });
    expect(language.helpText).toContain('en, km.');
  });

  test('protection settings: coordinators and warning-only', () => {
    const settings = settingsFromValues([
      ['Setting', 'Value'],
      ['Coordinators', 'Sok@example.org; dara@example.org, not-an-email'],
      ['Protection', 'Warning'],
    ]);
    const parsed = protectionSettings(settings);
    expect(parsed.coordinators).toEqual(['sok@example.org', 'dara@example.org']);
    expect(parsed.warningOnly).toBe(true);
    expect(parsed.problems[0]).toMatch(/not-an-email/);
    const plans = planProtections(['CBOs', 'Change log'], parsed);
    expect(plans.map((p) => [p.scope, p.description])).toEqual([
      ['header', 'CBO Tracker: header row of CBOs'],
      ['sheet', 'CBO Tracker: Change log (written by CBO Tracker)'],
    ]);
  });
});
