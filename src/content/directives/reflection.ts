/** `:::reflection{#id title="…" required}`: an intro, then `::prompt[…]{#id min-words max-words}` answer boxes. */
import type { Code } from '../codes.js';
import type { Attribute } from '../directive-syntax.js';
import type { LeafDirectiveToken } from '../directive-tokens.js';
import type { ErrorBlock, Prompt, ReflectionBlock } from '../model.js';
import { plainText } from '../text.js';
import { KEY_PART, show, type BuildContext, type ContainerDirective, type DirectiveContext } from './context.js';

export const reflection: ContainerDirective = {
  names: ['reflection'],
  activity: true,
  leaves: ['prompt'],
  build(token, { directives, output, errors }) {
    const attributes = directives.attributes(token, ['id', 'title', 'required'], errors);
    const fields = directives.activity(token, attributes, errors);
    if ('type' in fields) return fields;
    const seen = new Map<string, number>();
    const intro = [];
    const prompts: Prompt[] = [];
    // Prompts directly in the body are the answer boxes; everything else is the intro.
    for (const child of token.tokens) {
      if (child.type === 'leafDirective' && (child as LeafDirectiveToken).directive.name === 'prompt') {
        const built = prompt(child as LeafDirectiveToken, fields.id, seen, { directives, output, errors });
        if (built) prompts.push(built);
      } else {
        intro.push(child);
      }
    }
    const block: ReflectionBlock = { type: 'reflection', ...fields, introHtml: output.block(intro), prompts };
    return block;
  },
};

function prompt(token: LeafDirectiveToken, activity: string, seen: Map<string, number>, { directives, output, errors }: BuildContext): Prompt | undefined {
  const { syntaxError } = token.directive;
  if (syntaxError) errors.push(directives.error('LP011', token.offset + syntaxError.index, `${show(token)}: ${syntaxError.message}`));
  const attributes = directives.attributes(token, ['id', 'min-words', 'max-words'], errors);
  const id = attributes.get('id');
  const fail = (code: Code, offset: number, message: string) => void errors.push(directives.error(code, offset, message));
  if (typeof id?.value !== 'string') {
    return fail('LP014', token.offset, `a ::prompt in activity "${activity}" has no id; add one, e.g. ::prompt[…]{#first-thoughts}`);
  }
  if (!KEY_PART.test(id.value)) return fail('LP011', token.offset + id.index, `the id "${id.value}" must not contain "/"`);
  const first = seen.get(id.value);
  if (first !== undefined) {
    return fail('LP013', token.offset, `prompt "${id.value}" is defined twice in activity "${activity}" (first at ${directives.reporter.lines.label(first)})`);
  }
  seen.set(id.value, token.offset);
  const built: Prompt = { id: id.value, html: output.inline(token.tokens), text: plainText(token.tokens).trim() };
  if (!built.text) fail('LP011', token.offset, `prompt "${id.value}" has no text; write it in brackets: ::prompt[Your question]{#${id.value}}`);
  wordLimits(token, attributes, built, directives, errors);
  return built;
}

/** A wrong limit is left out (the answer box still works) and reported. */
function wordLimits(token: LeafDirectiveToken, attributes: Map<string, Attribute>, prompt: Prompt, directives: DirectiveContext, errors: ErrorBlock[]) {
  const min = directives.wholeNumber(token, attributes.get('min-words'), errors);
  const max = directives.wholeNumber(token, attributes.get('max-words'), errors);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a comparison with undefined is false, so the checks for undefined are there for the types alone
  if (min !== undefined && max !== undefined && min > max) {
    const at = token.offset + attributes.get('min-words')!.index;
    errors.push(directives.error('LP011', at, `min-words (${min}) is more than max-words (${max})`));
    return;
  }
  if (min !== undefined) prompt.minWords = min;
  if (max !== undefined) prompt.maxWords = max;
}
