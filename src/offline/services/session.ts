/** Session: the user and the script time zone (the spreadsheet's, as in a bound script). */
import type { Emulates } from './emulation';
import { FakeUser } from './spreadsheet/protection';

export class FakeSession implements Emulates<
  GoogleAppsScript.Base.Session,
  | 'getScriptTimeZone'
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getTemporaryActiveUserKey'
  | 'getActiveUserLocale'
> {
  static gasClass = 'Session';
  constructor(
    private readonly _timeZone: () => string,
    private readonly _email: string,
    private readonly _locale: string,
  ) {}
  getScriptTimeZone(): string {
    return this._timeZone();
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this._email);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this._email);
  }
  getTemporaryActiveUserKey(): string {
    return `offline-${Buffer.from(this._email).toString('base64url')}`;
  }
  getActiveUserLocale(): string {
    return this._locale;
  }
}
