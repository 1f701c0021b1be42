/**
 * What the playground can start from: example units shown as text in the
 * editor. Unit 4.2 and the pack manifest are the real files of the first
 * pack, fetched next to the page; the scaffold is the very text of
 * `learning-pack new unit`.
 */
import { unitMarkdown } from '../content/scaffold.js';

export type ExampleId = 'unit-4.2' | 'every-block' | 'manifest';

/** One of each directive of SPEC §2, short enough to read at a glance. */
export const EVERY_BLOCK = `---
id: every-block
number: "1.1"
title: One of each block
lang: en
summary: Every kind of block a unit can hold, once each.
---

A paragraph of ordinary Markdown, with **bold**, *italics* and a [link](https://example.org).

## Callouts

:::note{title="A note"}
Background that helps.
:::

:::tip
A shortcut or a good habit.
:::

:::important
Something learners must not miss.
:::

:::warning
A common mistake, and how to avoid it.
:::

:::quote{cite="Hargreaves, 2012"}
A passage quoted from a reading, with its source.
:::

## Activities

:::reflection{#1.1.1 title="Your own setting" required}
Think about your own setting.

::prompt[What do you already do well?]{#already min-words=20}
:::

:::checklist{#1.1.2 title="Where are you now?" scale="Not yet|Starting|Established" notes}
- We plan lessons together
- We observe each other teach
:::

:::quiz{#1.1.3 title="Check your understanding"}
Which of these is a reflection for?

- [ ] Marking learners' work
- [x] Thinking about your own practice

::feedback[A reflection asks you to think about your own practice.]
:::
`;

/** The files fetched for the examples, relative to the examples folder. */
export const EXAMPLE_FILES: Partial<Record<ExampleId, string>> = {
  'unit-4.2': '4.2-joint-practice-development.md',
  manifest: 'pack.yaml',
};

/** The text of an example: `base` is the folder the page's example files are in. */
export async function exampleText(id: ExampleId, base: string): Promise<string> {
  if (id === 'every-block') return EVERY_BLOCK;
  const response = await fetch(new URL(EXAMPLE_FILES[id]!, base));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** A new unit, exactly as `learning-pack new unit PACKDIR NUMBER "TITLE"` writes it. */
export function newUnitText(id: string, number: string, title: string): string {
  return unitMarkdown(id, number, title);
}
