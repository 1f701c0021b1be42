/**
 * Pages of one origin kept in step: changes announced to the listeners of
 * this page and, through a BroadcastChannel (Node has the same one as the
 * browser), to other pages of the same namespace only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publish, subscribe, type ChangeMessage } from '../../src/store/sync.js';

const change = (value: string): ChangeMessage => ({ key: 'p/u/a/q', value, updatedAt: '2026-11-24T09:00:00.000Z' });

/** Resolves with the first message the channel of another page hears, or undefined after a while. */
function otherPage(namespace: string): { heard: Promise<unknown>; post(message: unknown): void; close(): void } {
  const channel = new BroadcastChannel(`learning-pack:${namespace}`);
  const heard = new Promise<unknown>((resolve) => {
    channel.onmessage = (e) => resolve((e as MessageEvent).data);
    setTimeout(() => resolve(undefined), 300).unref();
  });
  return { heard, post: (m) => channel.postMessage(m), close: () => channel.close() };
}

/** The messages a listener hears within a while. */
function listen(namespace: string): { messages: ChangeMessage[]; stop(): void; settled(): Promise<void> } {
  const messages: ChangeMessage[] = [];
  const stop = subscribe(namespace, (m) => messages.push(m));
  return { messages, stop, settled: () => new Promise((r) => setTimeout(r, 100)) };
}

describe('keeping pages in step', () => {
  it('tells the other listeners of this page, not the one that made the change', () => {
    const heard: string[] = [];
    const a = (m: ChangeMessage) => heard.push(`a:${m.value}`);
    const b = (m: ChangeMessage) => heard.push(`b:${m.value}`);
    const stopA = subscribe('here', a);
    const stopB = subscribe('here', b);
    publish('here', change('saved'), a);
    assert.deepEqual(heard, ['b:saved']);
    publish('here', change('again'));
    assert.deepEqual(heard, ['b:saved', 'a:again', 'b:again']);
    stopA();
    stopB();
  });

  it('stops telling a listener once it stops listening', () => {
    const { messages, stop } = listen('stopping');
    publish('stopping', change('one'));
    stop();
    publish('stopping', change('two'));
    assert.deepEqual(messages.map((m) => m.value), ['one']);
  });

  it('keeps namespaces apart', () => {
    const { messages, stop } = listen('course-a');
    publish('course-b', change('elsewhere'));
    assert.deepEqual(messages, []);
    stop();
  });

  it('announces a change to other pages of the namespace', async () => {
    const page = otherPage('shared');
    publish('shared', change('from this page'));
    assert.deepEqual(await page.heard, change('from this page'));
    page.close();
  });

  it('hears the changes of other pages, and only well-formed ones', async () => {
    const { messages, stop, settled } = listen('incoming');
    const page = otherPage('incoming');
    for (const bad of [null, 'text', { key: 'k', value: 'v' }, { key: 1, value: 'v', updatedAt: 't' }, { key: 'k', value: 2, updatedAt: 't' }, { key: 'k', value: 'v', updatedAt: 3 }]) {
      page.post(bad);
    }
    page.post(change('from another page'));
    await settled();
    assert.deepEqual(messages, [change('from another page')]);
    stop();
    page.close();
  });
});
