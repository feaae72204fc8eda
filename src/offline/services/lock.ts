/**
 * LockService: one process, so a lock is granted unless the timeout is negative. A script that
 * holds a lock gets it again (tryLock returns true, waitLock does not throw); a negative timeout
 * fails (tryLock false, waitLock "Lock timeout: ..."): as gas-fakes' test/testlock.js found on live
 * Apps Script (https://developers.google.com/apps-script/reference/lock/lock documents neither).
 */
import type { Emulates } from './emulation';

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLock implements Emulates<
  GoogleAppsScript.Lock.Lock,
  'waitLock' | 'tryLock' | 'releaseLock' | 'hasLock'
> {
  static gasClass = 'Lock';
  private _held = false;
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }
  tryLock(timeoutInMillis: number): boolean {
    if (this._held) return true;
    if (timeoutInMillis < 0) return false;
    this._held = true;
    return true;
  }
  releaseLock(): void {
    this._held = false;
  }
  hasLock(): boolean {
    return this._held;
  }
}

export class FakeLockService implements Emulates<
  GoogleAppsScript.Lock.LockService,
  'getScriptLock' | 'getDocumentLock' | 'getUserLock'
> {
  static gasClass = 'LockService';
  private readonly _locks = { script: new FakeLock(), document: new FakeLock(), user: new FakeLock() };
  getScriptLock(): FakeLock {
    return this._locks.script;
  }
  getDocumentLock(): FakeLock {
    return this._locks.document;
  }
  getUserLock(): FakeLock {
    return this._locks.user;
  }
}
