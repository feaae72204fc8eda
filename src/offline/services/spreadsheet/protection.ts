/**
 * Protections of sheets and ranges. xlsx cannot express per-user editors, so protections are
 * kept in the runtime and saved in a sidecar `<workbook>.protections.json` next to the output.
 */
import type { Emulates } from '../emulation';
import { PROTECTED } from '../limits';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

export interface ProtectionRecord {
  type: 'RANGE' | 'SHEET';
  sheetName: string;
  /** A1 of the protected range (the whole sheet for SHEET). */
  range: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotectedRanges: string[];
}

interface RangeLike {
  getA1Notation(): string;
}

export interface ProtectionOwner {
  /** All protections of the spreadsheet (the list the sidecar saves). */
  protections: ProtectionRecord[];
  ownerEmail: string;
  /** Whether the running user may edit the protection (the owner, or one of its editors). */
  canEdit(record: ProtectionRecord): boolean;
  /** The Range fake of a record's range. */
  rangeOf(record: ProtectionRecord): unknown;
  /** Moves the spreadsheet's modifiedTime on (a protection changed). */
  touch?(): void;
}

function emailOf(user: unknown): string {
  if (typeof user === 'string') return user;
  const u = user as { getEmail?: () => string };
  return u?.getEmail ? u.getEmail() : String(user);
}

export class FakeUser implements Emulates<GoogleAppsScript.Base.User, 'getEmail'> {
  static gasClass = 'User';
  constructor(private readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
}

export class FakeProtection implements Emulates<
  GasProtection,
  | 'setDescription'
  | 'getDescription'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'getEditors'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
  | 'getRange'
  | 'getProtectionType'
  | 'remove'
  | 'canEdit'
  | 'setDomainEdit'
  | 'canDomainEdit'
> {
  static gasClass = 'Protection';
  constructor(
    readonly _record: ProtectionRecord,
    private readonly _owner: ProtectionOwner,
  ) {}

  setDescription(description: string): this {
    this._guard();
    this._owner.touch?.();
    this._record.description = description;
    return this;
  }
  getDescription(): string {
    return this._record.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this._guard();
    this._owner.touch?.();
    this._record.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this._record.warningOnly;
  }
  addEditor(user: string | GoogleAppsScript.Base.User): this {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emails: (string | GoogleAppsScript.Base.User)[]): this {
    this._guard();
    this._owner.touch?.();
    for (const email of emails.map(emailOf)) {
      if (!this._record.editors.includes(email)) this._record.editors.push(email);
    }
    return this;
  }
  removeEditor(user: string | GoogleAppsScript.Base.User): this {
    return this.removeEditors([emailOf(user)]);
  }
  removeEditors(emails: (string | GoogleAppsScript.Base.User)[]): this {
    this._guard();
    this._owner.touch?.();
    const remove = new Set(emails.map(emailOf).filter((email) => email !== this._owner.ownerEmail));
    this._record.editors = this._record.editors.filter((email) => !remove.has(email));
    return this;
  }
  getEditors(): FakeUser[] {
    this._guard();
    const all = [this._owner.ownerEmail, ...this._record.editors.filter((e) => e !== this._owner.ownerEmail)];
    return all.map((email) => new FakeUser(email));
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this._guard();
    this._owner.touch?.();
    if (this._record.type !== 'SHEET')
      throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this._record.unprotectedRanges = ranges.map((range) => (range as unknown as RangeLike).getA1Notation());
    return this;
  }
  getUnprotectedRanges(): string[] {
    return this._record.unprotectedRanges.slice();
  }
  getRange(): unknown {
    return this._owner.rangeOf(this._record);
  }
  getProtectionType(): string {
    return this._record.type;
  }
  remove(): void {
    this._guard();
    this._owner.touch?.();
    const index = this._owner.protections.indexOf(this._record);
    if (index >= 0) this._owner.protections.splice(index, 1);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit() */
  canEdit(): boolean {
    return this._owner.canEdit(this._record);
  }

  /**
   * Only the owner or a protection's editors may change or remove it. Google does not document
   * what getEditors() does for anyone else: the stricter reading refuses it too.
   */
  private _guard(): void {
    if (!this._owner.canEdit(this._record)) throw new Error(PROTECTED);
  }
  setDomainEdit(_editable: boolean): this {
    this._guard();
    return this;
  }
  canDomainEdit(): boolean {
    return true;
  }
}
