/** MailApp for the offline runtime: one Outbox per runtime; each e-mail is printed, never sent. */
import type { ServiceContext } from '../registry';
import { describeMail, FakeMailApp, Outbox } from './mail-app';

export { describeMail, FakeMailApp, Outbox, type SentMail } from './mail-app';

export function mailService(context: ServiceContext): FakeMailApp {
  const outbox = new Outbox(100, (mail) =>
    context.host.ui.record({
      kind: 'log',
      title: 'MailApp',
      text: describeMail(mail),
      mail: { to: mail.to, subject: mail.subject },
    }),
  );
  return new FakeMailApp(outbox);
}

/** The outbox behind a runtime's MailApp (tests: runtime.service<FakeMailApp>('MailApp')). */
export function outboxOf(mailApp: FakeMailApp | undefined): Outbox | undefined {
  return (mailApp as unknown as { _outbox?: Outbox } | undefined)?._outbox;
}
