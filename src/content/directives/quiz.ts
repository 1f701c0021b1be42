/**
 * `:::quiz{#id title="…"}`: a stem in Markdown, a task list of options
 * (`- [x]` right, `- [ ]` wrong; several right answers make it choose-all),
 * then an optional `::feedback[…]`.
 */
import type { Tokens } from 'marked';
import type { LeafDirectiveToken } from '../directive-tokens.js';
import type { QuizBlock, QuizOption } from '../model.js';
import { plainText } from '../text.js';
import { withoutCheckbox } from './checklist.js';
import { show, type ContainerDirective } from './context.js';

export const quiz: ContainerDirective = {
  names: ['quiz'],
  activity: true,
  leaves: ['feedback'],
  build(token, { directives, output, errors }) {
    const attributes = directives.attributes(token, ['id', 'title', 'required'], errors);
    const fields = directives.activity(token, attributes, errors);
    if ('type' in fields) return fields;
    const index = token.tokens.findIndex((t) => t.type === 'list' && (t as Tokens.List).items.some((item) => item.task));
    if (index === -1) {
      return directives.error('LP016', token.offset,
        `quiz "${fields.id}" has no options: add a task list, "- [x]" before each right answer and "- [ ]" before each wrong one`);
    }
    const list = token.tokens[index] as Tokens.List;
    const options: QuizOption[] = [];
    list.items.forEach((item, i) => {
      const tokens = withoutCheckbox(item.tokens);
      if (!item.task) {
        errors.push(directives.error('LP011', token.offset,
          `option ${i + 1} of quiz "${fields.id}" has no [x] or [ ]; start it with "- [x]" if it is right, "- [ ]" if not`));
      }
      options.push({ id: optionId(i), html: output.block(tokens).trim(), text: plainText(tokens).trim(), correct: !!item.checked });
    });
    const stem = [];
    let feedbackHtml: string | undefined;
    for (const [i, child] of token.tokens.entries()) {
      if (i === index) continue;
      if (child.type === 'leafDirective' && (child as LeafDirectiveToken).directive.name === 'feedback') {
        const leaf = child as LeafDirectiveToken;
        directives.attributes(leaf, [], errors);
        if (feedbackHtml !== undefined) errors.push(directives.error('LP011', leaf.offset, `quiz "${fields.id}" has more than one ${show(leaf)}; join them into one`));
        else feedbackHtml = output.inline(leaf.tokens);
      } else {
        stem.push(child);
      }
    }
    const correct = options.filter((o) => o.correct).length;
    if (correct === 0) {
      errors.push(directives.error('LP018', token.offset, `quiz "${fields.id}" has no right answer: mark at least one option "- [x]"`));
    }
    const block: QuizBlock = { type: 'quiz', ...fields, stemHtml: output.block(stem), multiple: correct > 1, options };
    if (feedbackHtml !== undefined) block.feedbackHtml = feedbackHtml;
    return block;
  },
};

/** "a" … "z", then "aa", "ab" …. */
function optionId(index: number): string {
  let id = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) id = String.fromCharCode(97 + ((n - 1) % 26)) + id;
  return id;
}
