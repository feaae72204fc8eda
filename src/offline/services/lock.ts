/** LockService: one process, so a lock is always granted unless it is already held. */
import type { Emulates } from './emulation';

export class FakeLock implements Emulates<
  GoogleAppsScript.Lock.Lock,
  'waitLock' | 'tryLock' | 'releaseLock' | 'hasLock'
> {
  static gasClass = 'Lock';
  private _held = false;
  waitLock(_timeoutInMillis: number): void {
    if (this._held) throw new Error('Lock timeout: another process was holding the lock for too long.');
    this._held = true;
  }
  tryLock(_timeoutInMillis: number): boolean {
    if (this._held) return false;
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
