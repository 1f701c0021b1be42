// Activity blocks as the compiler makes them, shared by the tests of the elements that show them.
import type { ChecklistBlock, QuizBlock } from '../../src/content/model.js';

/** A quiz with two right answers of three: checkboxes. */
export const several: QuizBlock = {
  type: 'quiz',
  id: '4.5.4',
  required: false,
  stemHtml: '<p>Which of these are levers?</p>',
  multiple: true,
  options: [
    { id: 'a', html: 'Unify people', text: 'Unify people', correct: true },
    { id: 'b', html: 'Hoarding', text: 'Hoarding', correct: false },
    { id: 'c', html: 'Build nimble networks', text: 'Build nimble networks', correct: true },
  ],
  line: 1,
};

/** A checklist ticked, not rated: no scale, no notes. */
export const ticks: ChecklistBlock = {
  type: 'checklist',
  id: '4.5.2',
  title: 'Traps in your collaboration',
  required: false,
  introHtml: '',
  notes: false,
  rows: [
    { id: '1', html: 'Collaborating in hostile territory', text: 'Collaborating in hostile territory' },
    { id: '2', html: 'Over-collaborating', text: 'Over-collaborating' },
    { id: '3', html: 'Overshooting the potential value', text: 'Overshooting the potential value' },
  ],
  line: 1,
};

/** A self-audit rated on a four-level scale, with a note per row. */
export const selfAudit: ChecklistBlock = {
  type: 'checklist',
  id: '4.3.2',
  title: 'Self-audit: the ten processes in your setting',
  required: false,
  introHtml: '',
  scale: ['Not yet', 'Starting', 'Established', 'Embedded'],
  notes: true,
  rows: [
    { id: '1', html: 'Clearly articulated aims', text: 'Clearly articulated aims' },
    { id: '2', html: 'Developing trust', text: 'Developing trust' },
  ],
  line: 1,
};
