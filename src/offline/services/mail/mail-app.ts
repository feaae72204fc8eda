/**
 * MailApp, offline: e-mails are recorded (and can be printed), never sent. A daily quota is
 * emulated so that the bundle's quota checks behave as on Apps Script.
 */
import type { Emulates } from '../emulation';

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
}

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** The recorded mailbox of one runtime. */
export class Outbox {
  readonly sent: SentMail[] = [];
  constructor(
    public remainingQuota = 100,
    private readonly sink?: (mail: SentMail) => void,
  ) {}

  record(mail: SentMail): void {
    this.sent.push(mail);
    this.sink?.(mail);
  }
}

/** One printable line per e-mail, for the CLI. */
export function describeMail(mail: SentMail): string {
  return `e-mail (not sent) to ${mail.to}: ${mail.subject}`;
}

export class FakeMailApp implements Emulates<
  GoogleAppsScript.Mail.MailApp,
  'sendEmail' | 'getRemainingDailyQuota'
> {
  static gasClass = 'MailApp';

  constructor(private readonly _outbox: Outbox) {}

  getRemainingDailyQuota(): number {
    return this._outbox.remainingQuota;
  }

  sendEmail(...args: unknown[]): void {
    let mail: SentMail;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
      const message = args[0] as Partial<SentMail> & { to?: string };
      mail = {
        ...message,
        to: String(message.to ?? ''),
        subject: String(message.subject ?? ''),
        body: String(message.body ?? ''),
      };
    } else {
      const [to, subject, body, options] = args as [string, string, string, MailOptions | undefined];
      mail = {
        to: String(to ?? ''),
        subject: String(subject ?? ''),
        body: String(body ?? ''),
        htmlBody: options?.htmlBody,
        name: options?.name,
        replyTo: options?.replyTo,
        cc: options?.cc,
        bcc: options?.bcc,
      };
    }
    const recipients = mail.to.split(',').map((address) => address.trim());
    if (recipients.length === 0 || recipients.some((address) => !ADDRESS.test(address))) {
      throw new Error(`Invalid email: ${mail.to}`);
    }
    if (this._outbox.remainingQuota < recipients.length) {
      throw new Error('Service invoked too many times for one day: email.');
    }
    this._outbox.remainingQuota -= recipients.length;
    this._outbox.record(mail);
  }
}
