// What the playground's browser tests share: mounting it, typing into it, and catching a download.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/playground/lp-playground.js';
import type { LpPlayground } from '../../src/playground/lp-playground.js';
import { freshNamespace, unitReady } from '../elements/helpers.js';

export const START = `---
id: test-unit
number: "1.1"
title: A test unit
lang: en
---

Some text.
`;

export interface Mounted {
  el: LpPlayground;
  root: ShadowRoot;
}

export async function mount(drafts = freshNamespace(), preview = freshNamespace()): Promise<Mounted> {
  const el = await fixture<LpPlayground>(
    html`<lp-playground examples-base="/modules/mep-leadership/" draft-namespace=${drafts} preview-namespace=${preview}></lp-playground>`,
  );
  await el.ready;
  return { el, root: el.shadowRoot! };
}

/** Sets the editor's text as a paste would, then puts the cursor at its end. */
export function setText(el: LpPlayground, text: string): void {
  const view = el.view!;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length } });
}

/** Focuses the editor with the cursor at the end of the text, for typing. */
export function typeAtEnd(el: LpPlayground): void {
  const view = el.view!;
  view.focus();
  view.dispatch({ selection: { anchor: view.state.doc.length } });
}

/**
 * Types text key by key, pressing Enter for each line break (WebKit's driver
 * does not take a line break as a character), a few keys per command so that
 * no command outlasts the runner's limit on a slow driver.
 */
export async function type(text: string): Promise<void> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await sendKeys({ press: 'Enter' });
    for (const chunk of lines[i]!.match(/.{1,12}/g) ?? []) await sendKeys({ type: chunk });
  }
}

export async function previewRoot(el: LpPlayground): Promise<ShadowRoot> {
  await waitUntil(() => el.preview, 'no preview', { timeout: 10000 });
  return unitReady(el.preview!);
}

/** The preview once it shows the unit titled `title` (the text set last, not the one before it). */
export async function previewOf(el: LpPlayground, title: string): Promise<ShadowRoot> {
  const root = await previewRoot(el);
  await waitUntil(() => el.preview?.shadowRoot?.querySelector('h1')?.textContent === title, `the preview does not show "${title}"`, { timeout: 10000 });
  return el.preview!.shadowRoot ?? root;
}

export function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Runs `action` and returns the file it downloads (through downloadFile's link), without saving it. */
export async function captureDownload(action: () => void): Promise<{ name: string; text: string }> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return createObjectURL.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    action();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  if (blobs.length !== 1 || names.length !== 1) throw new Error(`expected one download, got ${names.length}`);
  return { name: names[0]!, text: await blobs[0]!.text() };
}
