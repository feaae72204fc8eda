/** DataValidation and its builder, stored in the xlsx as Excel data validations. */
import type ExcelJS from 'exceljs';
import type { Emulates } from '../emulation';

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export type CriteriaType =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'CHECKBOX'
  | 'DATE_IS_VALID_DATE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'TEXT_IS_VALID_EMAIL'
  | 'CUSTOM_FORMULA';

export const DATA_VALIDATION_CRITERIA: Record<CriteriaType, CriteriaType> = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
};

export interface ValidationModel {
  criteria: CriteriaType;
  /** List values, [range A1 with sheet], [min, max], [min], [formula]. */
  values: (string | number)[];
  allowInvalid: boolean;
  helpText: string;
  showDropdown: boolean;
}

/** A range argument: anything with getA1Notation and getSheet().getName() (a Range proxy). */
interface RangeLike {
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

export class FakeDataValidation implements Emulates<
  GasValidation,
  'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'
> {
  static gasClass = 'DataValidation';
  constructor(readonly _model: ValidationModel) {}

  getCriteriaType(): CriteriaType {
    return this._model.criteria;
  }
  getCriteriaValues(): unknown[] {
    if (this._model.criteria === 'VALUE_IN_LIST')
      return [this._model.values.slice(), this._model.showDropdown];
    return this._model.values.slice();
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string {
    return this._model.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this._model, values: this._model.values.slice() });
  }
}

export class FakeDataValidationBuilder implements Emulates<
  GasBuilder,
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireTextIsEmail'
  | 'requireFormulaSatisfied'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'build'
> {
  static gasClass = 'DataValidationBuilder';
  constructor(
    private _model: ValidationModel = {
      criteria: 'CUSTOM_FORMULA',
      values: [],
      allowInvalid: true,
      helpText: '',
      showDropdown: true,
    },
  ) {}

  private _set(criteria: CriteriaType, values: (string | number)[]): this {
    this._model = { ...this._model, criteria, values };
    return this;
  }
  requireValueInList(values: string[], showDropdown?: boolean): this {
    this._model.showDropdown = showDropdown ?? true;
    return this._set('VALUE_IN_LIST', [...values].map(String));
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): this {
    const r = range as unknown as RangeLike;
    this._model.showDropdown = showDropdown ?? true;
    return this._set('VALUE_IN_RANGE', [
      `${quoteSheet(r.getSheet().getName())}!${absolute(r.getA1Notation())}`,
    ]);
  }
  requireCheckbox(): this {
    return this._set('CHECKBOX', []);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this._model.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this._model.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    return new FakeDataValidation({ ...this._model, values: this._model.values.slice() });
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)(\d*)/g, (_m, letters: string, digits: string) =>
    digits ? `$${letters}$${digits}` : `$${letters}`,
  );
}

/** The Excel data validation stored in the xlsx for a validation. */
export function toExcel(model: ValidationModel, cellAddress: string): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: !model.allowInvalid,
    ...(model.helpText ? { showInputMessage: true, prompt: model.helpText } : {}),
  };
  switch (model.criteria) {
    case 'VALUE_IN_LIST':
      return { type: 'list', formulae: [`"${model.values.join(',')}"`], ...common };
    case 'VALUE_IN_RANGE':
      return { type: 'list', formulae: [String(model.values[0])], ...common };
    case 'CHECKBOX':
      return { type: 'list', formulae: ['"TRUE,FALSE"'], ...common };
    case 'DATE_IS_VALID_DATE':
      return { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))], ...common };
    case 'NUMBER_BETWEEN':
      return { type: 'decimal', operator: 'between', formulae: model.values.slice(0, 2), ...common };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [model.values[0]], ...common };
    case 'TEXT_IS_VALID_EMAIL':
      return { type: 'custom', formulae: [`ISNUMBER(SEARCH("@",${cellAddress}))`], ...common };
    case 'CUSTOM_FORMULA':
      return { type: 'custom', formulae: [String(model.values[0] ?? '').replace(/^=/, '')], ...common };
  }
}

/** The validation Sheets would report for an Excel data validation read from the xlsx. */
export function fromExcel(dv: ExcelJS.DataValidation | undefined): ValidationModel | undefined {
  if (!dv || !dv.type || (dv.type as string) === 'any') return undefined;
  const common = {
    allowInvalid: dv.showErrorMessage !== true,
    helpText: dv.prompt ?? '',
    showDropdown: true,
  };
  const first = String(dv.formulae?.[0] ?? '');
  switch (dv.type) {
    case 'list':
      if (first === '"TRUE,FALSE"') return { criteria: 'CHECKBOX', values: [], ...common };
      if (first.startsWith('"'))
        return { criteria: 'VALUE_IN_LIST', values: first.slice(1, -1).split(','), ...common };
      return { criteria: 'VALUE_IN_RANGE', values: [first], ...common };
    case 'date':
      return { criteria: 'DATE_IS_VALID_DATE', values: [], ...common };
    case 'decimal':
    case 'whole':
      return dv.operator === 'between'
        ? { criteria: 'NUMBER_BETWEEN', values: (dv.formulae ?? []).map(Number), ...common }
        : { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [Number(first)], ...common };
    case 'custom':
      if (/^ISNUMBER\(SEARCH\("@"/.test(first))
        return { criteria: 'TEXT_IS_VALID_EMAIL', values: [], ...common };
      return { criteria: 'CUSTOM_FORMULA', values: [`=${first}`], ...common };
    default:
      return { criteria: 'CUSTOM_FORMULA', values: [first], ...common };
  }
}
