/**
 * Whether the browser may clear saved answers after a week away, and the
 * once-only request for persistent storage, decided from a navigator given
 * to them (the browser tests use the real one).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWebKitBased, mayBeClearedAfterAWeek, requestPersistence, askToPersist } from '../../src/store/durability.js';

const ua = {
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  iosChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1',
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0',
  // An Android WebView names neither Chrome nor Edge.
  android: 'Mozilla/5.0 (Linux; Android 14; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Mobile Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
};

interface Answers {
  persisted?: boolean | Error;
  persist?: boolean | Error;
}

/** A navigator whose storage answers as given, counting the requests for persistence. */
function navigatorFor(userAgent: string, answers?: Answers): Navigator & { asked: number } {
  const answer = (value: boolean | Error) => (value instanceof Error ? Promise.reject(value) : Promise.resolve(value));
  const nav = { userAgent, asked: 0 } as unknown as Navigator & { asked: number };
  if (answers) {
    const storage: Partial<StorageManager> = {};
    if (answers.persisted !== undefined) storage.persisted = () => answer(answers.persisted!);
    if (answers.persist !== undefined) {
      storage.persist = () => {
        nav.asked++;
        return answer(answers.persist!);
      };
    }
    Object.defineProperty(nav, 'storage', { value: storage });
  }
  return nav;
}

describe('which browsers may clear answers after a week away', () => {
  it('counts Safari and every iOS browser as WebKit; Chrome, Edge, Android and Firefox not', () => {
    assert.equal(isWebKitBased(ua.safari), true);
    assert.equal(isWebKitBased(ua.iosChrome), true);
    for (const name of ['chrome', 'edge', 'android', 'firefox'] as const) assert.equal(isWebKitBased(ua[name]), false, name);
  });

  it('never warns, nor asks, outside WebKit', async () => {
    for (const name of ['chrome', 'edge', 'android', 'firefox'] as const) {
      const nav = navigatorFor(ua[name], { persisted: false, persist: false });
      assert.equal(await mayBeClearedAfterAWeek(nav), false, name);
      assert.equal(nav.asked, 0, name);
    }
  });

  it('does not warn in WebKit once storage is persistent, asked for or already', async () => {
    const already = navigatorFor(ua.safari, { persisted: true, persist: false });
    assert.equal(await mayBeClearedAfterAWeek(already), false);
    assert.equal(already.asked, 0, 'storage already persistent is not asked for again');
    const granted = navigatorFor(ua.safari, { persisted: false, persist: true });
    assert.equal(await mayBeClearedAfterAWeek(granted), false);
    assert.equal(granted.asked, 1);
  });

  it('warns in WebKit when persistence is refused, cannot be asked for, or the browser fails to answer', async () => {
    const cases: [string, Answers | undefined][] = [
      ['refused', { persisted: false, persist: false }],
      ['no storage manager', undefined],
      ['no way to ask', { persisted: false }],
      ['no way to know', { persist: true }],
      ['persisted() fails', { persisted: new Error('no'), persist: true }],
      ['persist() fails', { persisted: false, persist: new Error('no') }],
    ];
    for (const [name, answers] of cases) assert.equal(await mayBeClearedAfterAWeek(navigatorFor(ua.iosChrome, answers)), true, name);
  });
});

describe('asking for persistent storage', () => {
  it('is granted without asking when storage is persistent already', async () => {
    const nav = navigatorFor(ua.chrome, { persisted: true, persist: false });
    assert.equal(await requestPersistence(nav), 'granted');
    assert.equal(nav.asked, 0);
  });

  it('asks Chromium and WebKit, and says what they answered', async () => {
    for (const name of ['chrome', 'safari'] as const) {
      const yes = navigatorFor(ua[name], { persisted: false, persist: true });
      assert.equal(await requestPersistence(yes), 'granted', name);
      assert.equal(yes.asked, 1, name);
      assert.equal(await requestPersistence(navigatorFor(ua[name], { persisted: false, persist: false })), 'refused', name);
    }
  });

  it('never asks Firefox, which would interrupt the learner with a prompt', async () => {
    const nav = navigatorFor(ua.firefox, { persisted: false, persist: true });
    assert.equal(await requestPersistence(nav), 'unknown');
    assert.equal(nav.asked, 0);
  });

  it('does not know where the browser cannot tell or cannot ask', async () => {
    assert.equal(await requestPersistence(navigatorFor(ua.chrome)), 'unknown');
    assert.equal(await requestPersistence(navigatorFor(ua.chrome, { persisted: false })), 'unknown');
    assert.equal(await requestPersistence(navigatorFor(ua.chrome, { persist: true })), 'unknown');
  });

  it('asks once a page, and takes a failure to answer as not knowing', async () => {
    const failing = navigatorFor(ua.chrome, { persisted: false, persist: new Error('no') });
    const first = askToPersist(failing);
    assert.equal(await first, 'unknown');
    const other = navigatorFor(ua.chrome, { persisted: false, persist: true });
    assert.equal(askToPersist(other), first, 'the first answer stands for the page');
    assert.equal(other.asked, 0);
  });
});
