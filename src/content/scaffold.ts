/**
 * What `learning-pack new` and the playground's "New unit" write: a pack.yaml and units that show every
 * directive of SPEC §2 in use, each explained in an HTML comment (never
 * shown to learners).
 */

/** A unit number: digits or letters between dots, like 4.2. */
export const UNIT_NUMBER = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;

export function packYaml(id: string, title: string, firstUnit: string): string {
  return `# The pack manifest. learning-pack check reads it; see docs/authoring.md.
id: ${id}   # stable: part of the key of every saved answer, so do not change it once learners use the pack
title: ${yamlText(title)}
lang: en   # the language of the pack: en or cy
description: One or two sentences about the pack, shown in the pack switcher.
parts:   # in order; a part groups units
  - number: "1"
    title: "Part one"
    units:   # in order; each is a Markdown file in this folder
      - ${firstUnit}
`;
}

export function unitMarkdown(id: string, number: string, title: string): string {
  return `---
id: ${id}
number: "${number}"
title: ${yamlText(title)}
lang: en
summary: One or two sentences that tell learners what this unit is about.
duration: 30
objectives:
  - Say what learners will be able to do after this unit
---

<!--
  This unit shows every kind of block you can use, each with a comment like
  this one. Comments are never shown to learners. Keep the blocks you need,
  delete the rest with their comments, and run: learning-pack check
-->

Write the unit's opening paragraph here. Ordinary Markdown works: **bold**,
*italics*, [links](https://example.org), lists, tables and footnotes.[^1]

<!-- An image: the text in square brackets describes it for learners who cannot see it; the path is relative to this file. -->

![Three boxes in a row, joined by arrows](images/example.svg)

## Ideas

<!-- Each ## heading is a section in the unit's contents list. -->

<!-- Callouts: note, tip, important and warning, each with an optional title. -->

:::note{title="Before you start"}
A note: background that helps.
:::

:::tip
A tip: a shortcut or a good habit.
:::

:::important
Something learners must not miss.
:::

:::warning
A common mistake, and how to avoid it.
:::

<!-- A quotation, with its source in cite. -->

:::quote{cite="Author, 2024, p. 1"}
A passage quoted from a reading, displayed with its source.
:::

## Activities

<!--
  A reflection. Its #id is the number learners see ("Activity ${number}.1"): it
  starts with the unit's number, is unique in the unit, and must not change
  once learners have answered, because their answers are saved under it.
  Each ::prompt is one answer box; its #id is unique in the activity.
  min-words and max-words are optional. "required" marks the activity as
  one learners must complete.
-->

:::reflection{#${number}.1 title="Your own setting" required}
Think about your own setting before you answer.

::prompt[What do you already do well?]{#already min-words=50 max-words=300}

::prompt[What would you like to change, and why?]{#change}
:::

<!-- A reflection with no prompt has one answer box for the whole activity. -->

:::reflection{#${number}.2 title="One thing to try"}
What is one thing you will try in the next fortnight?
:::

<!--
  A checklist: each bullet is a row. With scale="…|…" (two levels or more)
  each row is rated on the scale; without it, each row is ticked. "notes"
  adds a short note box to every row.
-->

:::checklist{#${number}.3 title="Where are you now?" scale="Not yet|Starting|Established|Embedded" notes}
- We plan lessons together
- We observe each other teach
- We review the impact together
:::

<!--
  A quiz: one question. The stem, then a task list: [x] marks a right
  answer and [ ] a wrong one; several [x] make it "choose all that apply".
  ::feedback is shown once the learner has answered.
-->

:::quiz{#${number}.4 title="Check your understanding"}
Which of these is a reflection activity for?

- [ ] Marking learners' work
- [x] Thinking about your own practice
- [ ] Timing a lesson

::feedback[A reflection asks you to think about your own practice; nobody marks it.]
:::

[^1]: A footnote: its text is shown at the end of the unit.
`;
}

/** A small picture, so the scaffold shows an image and build copies an asset. */
export const EXAMPLE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80" width="300" height="80" role="img">
  <title>Three boxes in a row, joined by arrows</title>
  <g fill="none" stroke="#1d4f91" stroke-width="2">
    <rect x="5" y="20" width="70" height="40" rx="6"/>
    <rect x="115" y="20" width="70" height="40" rx="6"/>
    <rect x="225" y="20" width="70" height="40" rx="6"/>
    <path d="M78 40h32m-6-5 6 5-6 5M188 40h32m-6-5 6 5-6 5"/>
  </g>
</svg>
`;

/** A YAML scalar that stays text: quoted when YAML would read it otherwise. */
export function yamlText(text: string): string {
  return /^[A-Za-z][^:#\n"'{}[\],&*!|>%@`]*$/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

/** "Joint practice development!" → "joint-practice-development" (ASCII, for ids and file names). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // the line above leaves single hyphens
}
