/** What the emulated services share within one runtime: the realm, the call counter, the logs. */
import type { Emulator, Realm } from './emulation';

export interface MenuItemRecord {
  caption: string;
  functionName?: string;
  separator?: boolean;
  items?: MenuItemRecord[];
}

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export interface UiEvent {
  kind: 'alert' | 'prompt' | 'toast' | 'log';
  title: string;
  text: string;
  /** An e-mail MailApp recorded (not sent): the CLI says it in the interface's language. */
  mail?: { to: string; subject: string };
}

/** A sidebar the bundle showed (Ui.showSidebar): its title and HTML. */
export interface SidebarRecord {
  title: string;
  html: string;
}

/** Everything the bundle showed: menus built, alerts, prompts, toasts, Logger/console lines, sidebars. */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: SidebarRecord[] = [];
  readonly events: UiEvent[] = [];

  constructor(private readonly sink?: (event: UiEvent) => void) {}

  record(event: UiEvent): void {
    this.events.push(event);
    this.sink?.(event);
  }

  get alerts(): UiEvent[] {
    return this.events.filter((event) => event.kind === 'alert');
  }

  get toasts(): UiEvent[] {
    return this.events.filter((event) => event.kind === 'toast');
  }

  get logs(): UiEvent[] {
    return this.events.filter((event) => event.kind === 'log');
  }
}

/** Answers to `Ui.prompt`: in order, or by the prompt's title/text; else the user cancels. */
export type PromptAnswers = string[] | Record<string, string>;

export interface Host {
  readonly emulator: Emulator;
  readonly realm: Realm;
  readonly ui: UiLog;
  /**
   * The e-mail address of the user running the script (an installable trigger runs as its
   * installer: the runtime switches it for the handler's duration).
   */
  userEmail: string;
  /** Running as an editor add-on (--addon): the add-on trigger rules apply. */
  readonly addon: boolean;
  /** Answer to YES_NO / OK_CANCEL alerts: true answers YES/OK. */
  readonly confirm: boolean;
  nextPromptAnswer(title: string, text: string): string | undefined;
}
