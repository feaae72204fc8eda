/** Ui: menus are recorded, alerts and toasts go to the UI log, prompts are answered from options. */
import type { Emulates } from '../emulation';
import { FakeHtmlOutput } from '../html';
import type { Host, MenuItemRecord, MenuRecord } from '../host';

type GasUi = GoogleAppsScript.Base.Ui;

export const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class FakeMenu implements Emulates<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  static gasClass = 'Menu';
  readonly _items: MenuItemRecord[] = [];

  constructor(
    readonly _caption: string,
    readonly _addon: boolean,
    private readonly _host: Host,
  ) {}

  addItem(caption: string, functionName: string): this {
    this._items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this._items.push({ caption: '', separator: true });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const sub = this._host.emulator.unwrap(menu as unknown as FakeMenu);
    this._items.push({ caption: sub._caption, items: sub._items });
    return this;
  }
  addToUi(): void {
    const record: MenuRecord = { caption: this._caption, addon: this._addon, items: this._items };
    const menus = this._host.ui.menus;
    const existing = menus.findIndex((menu) => menu.caption === record.caption);
    if (existing >= 0) menus.splice(existing, 1, record);
    else menus.push(record);
  }
}

export class FakePromptResponse implements Emulates<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  static gasClass = 'PromptResponse';
  constructor(
    private readonly _text: string,
    private readonly _button: string,
  ) {}
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this._button as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeUi implements Emulates<
  GasUi,
  'createAddonMenu' | 'createMenu' | 'alert' | 'prompt' | 'showSidebar' | 'ButtonSet' | 'Button'
> {
  static gasClass = 'Ui';
  static gasProperties = ['Button', 'ButtonSet'];
  readonly Button = BUTTON as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = BUTTON_SET as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    private readonly _host: Host,
    private readonly _addonName: string,
  ) {}

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this._addonName, true, this._host);
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(caption, false, this._host);
  }
  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const [title, text, buttons] = args.length >= 3 ? args : ['', args[0], args[1]];
    this._host.ui.record({ kind: 'alert', title: String(title ?? ''), text: String(text ?? '') });
    return this._answer(String(buttons ?? 'OK')) as unknown as GoogleAppsScript.Base.Button;
  }
  /** prompt(prompt[, buttons]) or prompt(title, prompt, buttons). */
  prompt(...args: unknown[]): FakePromptResponse {
    const [title, text, buttons] = args.length >= 3 ? args : ['', args[0], args[1]];
    this._host.ui.record({ kind: 'prompt', title: String(title ?? ''), text: String(text ?? '') });
    const answer = this._host.nextPromptAnswer(String(title ?? ''), String(text ?? ''));
    const set = String(buttons ?? 'OK');
    if (answer === undefined)
      return new FakePromptResponse(
        '',
        set === 'YES_NO' ? BUTTON.NO : set === 'OK' ? BUTTON.CLOSE : BUTTON.CANCEL,
      );
    return new FakePromptResponse(answer, set.startsWith('YES') ? BUTTON.YES : BUTTON.OK);
  }

  /** Records the page (`cbo-tracker ui` serves it); only an HtmlOutput of HtmlService is accepted. */
  showSidebar(userInterface: object): void {
    const output = this._host.emulator.unwrap(userInterface);
    if (!(output instanceof FakeHtmlOutput)) {
      throw new Error('Ui.showSidebar: the sidebar must be an HtmlOutput made by HtmlService');
    }
    this._host.ui.sidebars.push({ title: output.getTitle(), html: output.getContent() });
  }

  private _answer(buttons: string): string {
    switch (buttons) {
      case 'YES_NO':
      case 'YES_NO_CANCEL':
        return this._host.confirm ? BUTTON.YES : BUTTON.NO;
      case 'OK_CANCEL':
        return this._host.confirm ? BUTTON.OK : BUTTON.CANCEL;
      default:
        return BUTTON.OK;
    }
  }
}
