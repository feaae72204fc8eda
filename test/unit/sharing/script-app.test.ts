import { FakeScriptApp, TriggerStore } from '../../../src/offline/services/script/script-app';
import { fireClockTrigger, fireDueClockTriggers } from '../../../src/offline/services/script/events';

describe('ScriptApp emulation', () => {
  let now = 1_000_000;
  const store = () => new TriggerStore(() => now);

  test('creates, lists and deletes on-edit and time-driven triggers', () => {
    const s = store();
    const app = new FakeScriptApp(s);
    const edit = app
      .newTrigger('logChange')
      .forSpreadsheet({ getId: () => 'ss-1' })
      .onEdit()
      .create();
    const clock = app.newTrigger('buildDocuments').timeBased().everyMinutes(5).create();
    expect(edit.getEventType()).toBe(app.EventType.ON_EDIT);
    expect(edit.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(edit.getTriggerSourceId()).toBe('ss-1');
    expect(clock.getHandlerFunction()).toBe('buildDocuments');
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'logChange',
      'buildDocuments',
    ]);
    expect(s.onEditTriggers('ss-1').map((t) => t.uid)).toEqual([edit.getUniqueId()]);
    app.deleteTrigger(edit);
    expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([clock.getUniqueId()]);
  });

  test('refuses what Apps Script refuses', () => {
    const app = new FakeScriptApp(store());
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow(/1, 5, 10, 15 or 30/);
    expect(() => app.newTrigger('f').timeBased().create()).toThrow(/schedule/);
    expect(() => app.newTrigger('f').forSpreadsheet('x').create()).toThrow(/event/);
    expect(() => app.getOAuthToken()).toThrow(/not emulated/);
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().after(10).create();
    expect(() => app.newTrigger('g').timeBased().after(10).create()).toThrow(/too many triggers/);
  });

  test('fires one-off triggers when due, once, and recurring ones each time', () => {
    now = 5_000;
    const s = store();
    const app = new FakeScriptApp(s);
    app.newTrigger('later').timeBased().after(60_000).create();
    const every = app.newTrigger('every').timeBased().everyMinutes(1).create();
    const calls: string[] = [];
    const call = (name: string, e: unknown) => {
      calls.push(`${name}:${(e as { triggerUid: string }).triggerUid === every.getUniqueId()}`);
      return name;
    };
    expect(fireDueClockTriggers(s, call, 10_000).map((r) => r.handler)).toEqual(['every']);
    expect(fireDueClockTriggers(s, call, 70_000).map((r) => r.handler)).toEqual(['later', 'every']);
    expect(fireDueClockTriggers(s, call, 80_000).map((r) => r.handler)).toEqual(['every']);
    expect(calls).toEqual(['every:true', 'later:false', 'every:true', 'every:true']);
    expect(() => fireClockTrigger(s, { ...s.triggers[0], eventType: 'ON_EDIT' }, call)).toThrow(
      /time-driven/,
    );
  });
});

test('after(ms) counts from when the trigger is made, not from the after() call', () => {
  let now = 1_000_000;
  const store = new TriggerStore(() => now);
  const builder = new FakeScriptApp(store).newTrigger('continueDocumentBatch').timeBased().after(60_000);
  now += 5; // time passes between after() and create()
  builder.create();
  const [trigger] = store.triggers;
  expect(trigger.schedule?.atMs).toBe(trigger.createdAt + 60_000);
});
