/**
 * Session: the users and the script's time zone (the project's, from appsscript.json: not the
 * spreadsheet's, which Spreadsheet.getSpreadsheetTimeZone gives).
 * https://developers.google.com/apps-script/reference/base/session
 */
import type { Emulates } from './emulation';
import type { Host } from './host';
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
    private readonly _host: Host,
    /** The script's owner (a bound script's: the spreadsheet's owner). */
    private readonly _owner: () => string,
    private readonly _scriptTimeZone: string,
    private readonly _locale: string,
  ) {}
  getScriptTimeZone(): string {
    return this._scriptTimeZone;
  }
  /**
   * The active user's address is withheld ("a blank string") unless the developer runs the script
   * themselves or shares a Workspace domain with the user. The emulation knows no domains (the
   * stricter reading: consumer accounts): only the owner of a bound script sees their own address;
   * an add-on's users are never its developer, so they all get ''.
   * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
   */
  getActiveUser(): FakeUser {
    const user = this._host.userEmail;
    const visible = !this._host.addon && user.toLowerCase() === this._owner().toLowerCase();
    return new FakeUser(visible ? user : '');
  }
  /** The user whose authority the script runs under (an installable trigger's installer). */
  getEffectiveUser(): FakeUser {
    return new FakeUser(this._host.userEmail);
  }
  getTemporaryActiveUserKey(): string {
    return `offline-${Buffer.from(this._host.userEmail).toString('base64url')}`;
  }
  getActiveUserLocale(): string {
    return this._locale;
  }
}
