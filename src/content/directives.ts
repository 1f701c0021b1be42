/**
 * What each directive of SPEC §2 becomes: a block at the top level of the
 * unit, HTML when nested inside other Markdown. Problems become diagnostics
 * and error boxes in place; nothing here throws or drops content silently.
 */
import type { Token } from 'marked';
import type { Code } from './codes.js';
import type { Reporter } from './diagnostics.js';
import type { Attribute } from './directive-syntax.js';
import type { ContainerDirectiveToken, DirectiveToken, LeafDirectiveToken, MarkdownOutput } from './directive-tokens.js';
import { MAX_ACTIVITIES } from './limits.js';
import type { Block, CalloutBlock, ErrorBlock, Prompt, ReflectionBlock } from './model.js';
import { escapeHtml, plainText } from './text.js';

type CalloutKind = CalloutBlock['kind'];
const CALLOUTS: readonly string[] = ['note', 'tip', 'important', 'warning', 'quote'] satisfies CalloutKind[];
const NOT_YET = ['checklist', 'quiz'];
const CONTAINERS = ['reflection', ...NOT_YET, ...CALLOUTS];
const KNOWN = `${CONTAINERS.map((name) => `:::${name}`).join(', ')} and ::prompt`;
/** Ids become parts of `pack/unit/activity/prompt` keys (SPEC §2). */
const KEY_PART = /^[^\s/]+$/;

export class Directives {
  /** Activity id → offset of its first definition. */
  private readonly activities = new Map<string, number>();

  /** `section` gives the id of the last level-2 heading rendered, the section an activity sits in. */
  constructor(
    private readonly reporter: Reporter,
    private readonly section: () => string | undefined = () => undefined,
  ) {}

  /** A directive at the top level: its block, then an error box for each problem inside it. */
  blocks(token: DirectiveToken, output: MarkdownOutput): Block[] {
    const errors: ErrorBlock[] = [];
    const block = this.build(token, output, errors, true);
    return block ? [block, ...errors] : errors;
  }

  /** A directive nested in a list, quote or callout: HTML, error boxes included. */
  html(token: DirectiveToken, output: MarkdownOutput): string {
    const errors: ErrorBlock[] = [];
    const block = this.build(token, output, errors, false);
    return (block ? blockHtml(block) : '') + errors.map(errorHtml).join('');
  }

  private build(token: DirectiveToken, output: MarkdownOutput, errors: ErrorBlock[], top: boolean): Block | undefined {
    if (token.type === 'containerDirective' && token.state !== 'closed') return this.broken(token);
    const { name, syntaxError } = token.directive;
    if (syntaxError) errors.push(this.error('LP011', token.offset + syntaxError.index, `${show(token)}: ${syntaxError.message}`));
    if (token.type === 'leafDirective') {
      return name === 'prompt'
        ? this.error('LP011', token.offset, '::prompt is only allowed directly inside a :::reflection')
        : this.unknown(token);
    }
    if (CALLOUTS.includes(name)) return this.callout(token, output, errors);
    if (name === 'reflection') {
      return top
        ? this.reflection(token, output, errors)
        : this.error('LP008', token.offset, `${show(token)} is an activity, so it must be at the top level of the unit, not inside a list, quote or callout`);
    }
    if (NOT_YET.includes(name)) {
      return this.error('LP009', token.offset, `the ${name} activity is not supported yet by this version; it is shown as an error box`);
    }
    return this.unknown(token);
  }

  /** An unclosed directive, or a closing line with nothing open. */
  private broken(token: ContainerDirectiveToken): ErrorBlock | undefined {
    const fence = ':'.repeat(token.directive.colons);
    if (token.state === 'stray') {
      this.error('LP006', token.offset, `this ${fence} line closes nothing: no directive is open here`);
      return undefined;
    }
    return this.error('LP004', token.offset,
      `${show(token)} is not closed: it needs a closing ${fence} line after its content`);
  }

  private unknown(token: DirectiveToken): ErrorBlock {
    const { name } = token.directive;
    let hint = '';
    if (token.type === 'leafDirective' && CONTAINERS.includes(name)) hint = ` (${name} is a container: :::${name} … :::)`;
    if (token.type === 'containerDirective' && name === 'prompt') hint = ' (a prompt is one line, ::prompt[…]{#id}, inside a :::reflection)';
    return this.error('LP003', token.offset, `unknown directive "${show(token)}"${hint}; the known directives are ${KNOWN}`);
  }

  private callout(token: ContainerDirectiveToken, output: MarkdownOutput, errors: ErrorBlock[]): CalloutBlock {
    const kind = token.directive.name as CalloutKind;
    const attributes = this.attributes(token, kind === 'quote' ? ['cite'] : ['title'], errors);
    const block: CalloutBlock = { type: 'callout', kind, html: output.block(token.tokens) };
    const title = this.text(token, attributes, 'title', errors) ?? this.label(token, kind !== 'quote');
    if (title) block.title = title;
    const cite = this.text(token, attributes, 'cite', errors);
    if (cite) block.cite = cite;
    return block;
  }

  private reflection(token: ContainerDirectiveToken, output: MarkdownOutput, errors: ErrorBlock[]): Block {
    const attributes = this.attributes(token, ['id', 'title', 'required'], errors);
    const id = attributes.get('id');
    if (typeof id?.value !== 'string') {
      return this.error('LP010', token.offset, `activity ${show(token)} has no id; add one after its name, e.g. :::reflection{#4.2.1}`);
    }
    if (!KEY_PART.test(id.value)) return this.error('LP011', token.offset + id.index, `the id "${id.value}" must not contain "/"`);
    const first = this.activities.get(id.value);
    if (first !== undefined) {
      return this.error('LP012', token.offset, `activity "${id.value}" is defined twice (first at ${this.reporter.lines.label(first)})`);
    }
    if (this.activities.size >= MAX_ACTIVITIES) {
      return this.error('LP015', token.offset, `the unit has more than ${MAX_ACTIVITIES} activities; split it into several units`);
    }
    this.activities.set(id.value, token.offset);
    const section = this.section();
    const { intro, prompts } = this.reflectionBody(token, id.value, output, errors);
    const block: ReflectionBlock = {
      type: 'reflection',
      id: id.value,
      required: this.flag(token, attributes.get('required'), errors),
      introHtml: output.block(intro),
      prompts,
      line: this.reporter.lines.position(token.offset).line,
    };
    const title = this.text(token, attributes, 'title', errors) ?? this.label(token, true);
    if (title) block.title = title;
    if (section !== undefined) block.section = section;
    return block;
  }

  /** Prompts directly in the body are the answer boxes; everything else is the intro. */
  private reflectionBody(token: ContainerDirectiveToken, activity: string, output: MarkdownOutput, errors: ErrorBlock[]) {
    const intro: Token[] = [];
    const prompts: Prompt[] = [];
    const seen = new Map<string, number>();
    for (const child of token.tokens) {
      if (child.type === 'leafDirective' && (child as LeafDirectiveToken).directive.name === 'prompt') {
        const prompt = this.prompt(child as LeafDirectiveToken, activity, seen, output, errors);
        if (prompt) prompts.push(prompt);
      } else {
        intro.push(child);
      }
    }
    return { intro, prompts };
  }

  private prompt(token: LeafDirectiveToken, activity: string, seen: Map<string, number>, output: MarkdownOutput, errors: ErrorBlock[]): Prompt | undefined {
    const { syntaxError } = token.directive;
    if (syntaxError) errors.push(this.error('LP011', token.offset + syntaxError.index, `${show(token)}: ${syntaxError.message}`));
    const attributes = this.attributes(token, ['id', 'min-words', 'max-words'], errors);
    const id = attributes.get('id');
    const fail = (code: Code, offset: number, message: string) => void errors.push(this.error(code, offset, message));
    if (typeof id?.value !== 'string') {
      return fail('LP014', token.offset, `a ::prompt in activity "${activity}" has no id; add one, e.g. ::prompt[…]{#first-thoughts}`);
    }
    if (!KEY_PART.test(id.value)) return fail('LP011', token.offset + id.index, `the id "${id.value}" must not contain "/"`);
    const first = seen.get(id.value);
    if (first !== undefined) {
      return fail('LP013', token.offset, `prompt "${id.value}" is defined twice in activity "${activity}" (first at ${this.reporter.lines.label(first)})`);
    }
    seen.set(id.value, token.offset);
    const prompt: Prompt = { id: id.value, html: output.inline(token.tokens), text: plainText(token.tokens).trim() };
    if (!prompt.text) fail('LP011', token.offset, `prompt "${id.value}" has no text; write it in brackets: ::prompt[Your question]{#${id.value}}`);
    this.wordLimits(token, attributes, prompt, errors);
    return prompt;
  }

  /** A wrong limit is left out (the answer box still works) and reported. */
  private wordLimits(token: LeafDirectiveToken, attributes: Map<string, Attribute>, prompt: Prompt, errors: ErrorBlock[]) {
    const min = this.wholeNumber(token, attributes.get('min-words'), errors);
    const max = this.wholeNumber(token, attributes.get('max-words'), errors);
    if (min !== undefined && max !== undefined && min > max) {
      const at = token.offset + attributes.get('min-words')!.index;
      errors.push(this.error('LP011', at, `min-words (${min}) is more than max-words (${max})`));
      return;
    }
    if (min !== undefined) prompt.minWords = min;
    if (max !== undefined) prompt.maxWords = max;
  }

  private wholeNumber(token: DirectiveToken, attribute: Attribute | undefined, errors: ErrorBlock[]): number | undefined {
    if (!attribute) return undefined;
    if (typeof attribute.value === 'string' && /^[1-9]\d{0,8}$/.test(attribute.value)) return Number(attribute.value);
    const got = attribute.value === true ? 'no value' : `"${attribute.value}"`;
    errors.push(this.error('LP011', token.offset + attribute.index, `${attribute.key} must be a positive whole number, like ${attribute.key}=50, not ${got}`));
    return undefined;
  }

  /** Allowed attributes by key; unknown ones are warned about, repeats are errors. */
  private attributes(token: DirectiveToken, allowed: string[], errors: ErrorBlock[]): Map<string, Attribute> {
    const found = new Map<string, Attribute>();
    for (const attribute of token.directive.attributes) {
      const shown = attribute.key === 'id' ? '#id' : attribute.key === 'class' ? '.class' : attribute.key;
      if (!allowed.includes(attribute.key)) {
        const known = allowed.length ? `it takes ${allowed.map((key) => (key === 'id' ? '#id' : key)).join(', ')}` : 'it takes none';
        this.error('LP007', token.offset + attribute.index, `${show(token)} has no ${shown} attribute, so it is ignored (${known})`);
      } else if (found.has(attribute.key)) {
        errors.push(this.error('LP011', token.offset + attribute.index, `${show(token)} has ${shown} twice`));
      } else {
        found.set(attribute.key, attribute);
      }
    }
    return found;
  }

  private text(token: DirectiveToken, attributes: Map<string, Attribute>, key: string, errors: ErrorBlock[]): string | undefined {
    const attribute = attributes.get(key);
    if (attribute?.value !== true) return attribute?.value.trim() || undefined;
    errors.push(this.error('LP011', token.offset + attribute.index, `${key} needs a value, like ${key}="…"`));
    return undefined;
  }

  /** `:::note[Heads up]` is a title, as in remark-directive; elsewhere a label is ignored. */
  private label(token: ContainerDirectiveToken, usable: boolean): string | undefined {
    const { label } = token.directive;
    if (label === undefined) return undefined;
    if (usable) return label.trim() || undefined;
    this.error('LP007', token.offset, `the [label] of ${show(token)} is ignored`);
    return undefined;
  }

  private flag(token: DirectiveToken, attribute: Attribute | undefined, errors: ErrorBlock[]): boolean {
    if (!attribute) return false;
    if (attribute.value === true || attribute.value === 'true') return true;
    if (attribute.value === 'false') return false;
    errors.push(this.error('LP011', token.offset + attribute.index, `${attribute.key} must be true or false (or just "${attribute.key}"), not "${attribute.value}"`));
    return false;
  }

  private error(code: Code, offset: number, message: string): ErrorBlock {
    return this.reporter.at(code, offset, message);
  }
}

/** `:::note`, `::prompt`: the directive as the author wrote it. */
function show(token: DirectiveToken): string {
  return ':'.repeat(token.directive.colons) + token.directive.name;
}

/** A nested block as HTML; activities never get here (they must be top level). */
function blockHtml(block: Block): string {
  if (block.type === 'callout') return calloutHtml(block);
  if (block.type === 'error') return errorHtml(block);
  return block.type === 'html' ? block.html : '';
}

function calloutHtml(block: CalloutBlock): string {
  if (block.kind === 'quote') {
    const cite = block.cite ? `<figcaption>${escapeHtml(block.cite)}</figcaption>\n` : '';
    return `<figure class="lp-callout lp-callout-quote">\n<blockquote>\n${block.html}</blockquote>\n${cite}</figure>\n`;
  }
  const title = block.title ? `<p class="lp-callout-title">${escapeHtml(block.title)}</p>\n` : '';
  return `<aside class="lp-callout lp-callout-${block.kind}">\n${title}${block.html}</aside>\n`;
}

/** An error box in nested HTML, the counterpart of an ErrorBlock at the top level. */
export function errorHtml(error: ErrorBlock): string {
  return `<div class="lp-error" role="note" data-code="${error.code}" data-line="${error.line}" data-column="${error.column}">${escapeHtml(error.message)}</div>\n`;
}
