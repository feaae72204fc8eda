/** From the menu, a report run asks before it e-mails partners; an answer of No e-mails no one. */
import type { FakeMailApp } from '../../src/offline/services/mail';
import { outboxOf } from '../../src/offline/services/mail';
import { openWorkbook, tempDir } from '../support/runtime';
import { smallWorkbook } from './documents-support';

interface Summary {
  documents: { url?: string }[];
  sharing?: { emailsSent: number }[];
}

describe('Generate progress report from the menu, with Share reports with partners = Yes', () => {
  test.each([
    ['No', false, 0],
    ['Yes', true, 2],
  ])('the person answers %s to "Share the reports …?": %s shared, %i e-mails', async (_, confirm, emails) => {
    const sheets = smallWorkbook();
    sheets.Settings.push(['Share reports with partners', 'Yes']);
    const runtime = await openWorkbook(sheets, {
      outDir: tempDir('report-share-menu-'),
      prompts: ['P-1'],
      confirm,
    });
    const summary = runtime.run('generateProgressReport') as Summary;
    expect(summary.documents[0].url).toBeDefined();
    const asked = runtime.ui.alerts.filter((a) => a.text.startsWith('Share the reports with the partners'));
    expect(asked).toHaveLength(1);
    expect(asked[0].text).toContain('e-mail them the links');
    const sent = outboxOf(runtime.service<FakeMailApp>('MailApp'))?.sent ?? [];
    expect(sent).toHaveLength(emails);
    expect(summary.sharing === undefined).toBe(!confirm);
  });

  test('with the setting blank the menu neither asks nor e-mails', async () => {
    const runtime = await openWorkbook(smallWorkbook(), {
      outDir: tempDir('report-share-menu-'),
      prompts: ['P-1'],
    });
    runtime.run('generateProgressReport');
    expect(runtime.ui.alerts.some((a) => a.text.startsWith('Share the reports'))).toBe(false);
    expect(outboxOf(runtime.service<FakeMailApp>('MailApp'))?.sent ?? []).toHaveLength(0);
  });
});
