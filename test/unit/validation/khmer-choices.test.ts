/**
 * Fixed choices typed in Khmer (what a Khmer dropdown lists) are valid in a workbook of either
 * language; English values stay valid beside them; messages and fixes name the Khmer words in
 * Khmer and stay as before in English.
 */
import { problemFix, problemMessage } from '../../../src/i18n/problems';
import { cleanWorkbook, setCell, validate } from './fixture';

function khmerWorkbook() {
  const sheets = cleanWorkbook();
  sheets.Settings = [
    ['Setting', 'Value'],
    ['Language', 'km'],
  ];
  setCell(sheets, 'CBOs', 0, 'Leader gender', 'ស្រី');
  setCell(sheets, 'CBOs', 0, 'Target', 'បាទ/ចាស');
  setCell(sheets, 'CBOs', 0, 'Advocacy plan', 'ទេ');
  setCell(sheets, 'CBOs', 1, 'Leader gender', 'Male'); // typed before the workbook was Khmer: kept
  setCell(sheets, 'CBOs', 1, 'Target', 'ចាស');
  setCell(sheets, 'Advocacy', 0, 'Level', 'ថ្នាក់ឃុំ');
  sheets.Advocacy.push(['CBO-002', '2021-01-05', 'ថ្នាក់ជាតិ', 'Ministry', 'Land', '']);
  setCell(sheets, 'Partners', 0, 'Receives reports', 'បាទ');
  sheets.Partners[0].push('Language');
  sheets.Partners[1].push('ខ្មែរ');
  sheets.Partners[2].push('en');
  return sheets;
}

describe('fixed choices typed in Khmer', () => {
  it('a Khmer workbook with Khmer choices (and English ones typed before) has no problem', () => {
    expect(validate(khmerWorkbook()).problems).toEqual([]);
  });

  it('the same Khmer choices are valid in an English workbook', () => {
    const sheets = khmerWorkbook();
    delete sheets.Settings;
    expect(validate(sheets).problems).toEqual([]);
  });

  it('another Khmer spelling is read with a warning whose Khmer fix names the Khmer word', () => {
    const sheets = khmerWorkbook();
    setCell(sheets, 'Advocacy', 0, 'Level', 'ឃុំ/សង្កាត់');
    const [problem] = validate(sheets).problems;
    expect(problem).toMatchObject({ severity: 'warning', sheet: 'Advocacy', row: 2, column: 'Level' });
    expect(problemMessage(problem, 'km')).toBe('Level "ឃុំ/សង្កាត់" ត្រូវបានអានថា "ថ្នាក់ឃុំ"។');
    expect(problemFix(problem, 'km')).toBe('សូមសរសេរ "ថ្នាក់ឃុំ"។');
    expect(problemFix(problem, 'en')).toBe('Write "Commune".');
  });

  it('an unknown choice: the Khmer fix lists the Khmer words, the English one the values as before', () => {
    const sheets = khmerWorkbook();
    setCell(sheets, 'CBOs', 0, 'Leader gender', 'ស្រ');
    const [problem] = validate(sheets).problems;
    expect(problem).toMatchObject({ severity: 'error', code: 'unknown-list-value', column: 'Leader gender' });
    expect(problemFix(problem, 'km')).toBe('តើអ្នកចង់សំដៅលើ "ស្រី" ឬ? សូមប្រើតម្លៃមួយក្នុងចំណោម៖ ស្រី, ប្រុស, ផ្សេងៗ។');
    expect(problemFix(problem, 'en')).toBe('Did you mean "Female"? Use one of: Female, Male, Other.');
    setCell(sheets, 'CBOs', 0, 'Leader gender', 'Femal');
    expect(problemFix(validate(sheets).problems[0], 'en')).toBe(
      'Did you mean "Female"? Use one of: Female, Male, Other.',
    );
  });

  it('a Yes/No that is neither: the Khmer message and fix name បាទ/ចាស and ទេ', () => {
    const sheets = khmerWorkbook();
    setCell(sheets, 'CBOs', 0, 'Target', 'ប្រហែល');
    const [problem] = validate(sheets).problems;
    expect(problem).toMatchObject({ code: 'not-yes-no', column: 'Target' });
    expect(problemMessage(problem, 'km')).toContain('បាទ/ចាស ឬ ទេ');
    expect(problemFix(problem, 'km')).toMatch(/^សូមវាយ បាទ\/ចាស ឬ ទេ/);
    expect(problemFix(problem, 'en')).toBe('Type Yes or No (or tick the checkbox).');
  });
});
