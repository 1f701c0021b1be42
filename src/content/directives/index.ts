/**
 * The directives of SPEC §2, one file each; adding one means adding its
 * file and a line to DIRECTIVES. This dispatcher turns a directive token
 * into its block at the top level of the unit, or into HTML when it is
 * nested inside other Markdown. Every problem becomes an ErrorBlock in the
 * model, never HTML: one found inside nested Markdown waits in `drain()` until
 * the top-level block that holds it is done, and is placed right after it.
 */
import type { Reporter } from '../diagnostics.js';
import type { ContainerDirectiveToken, DirectiveToken, MarkdownOutput } from '../directive-tokens.js';
import type { Block, ErrorBlock } from '../model.js';
import { callout } from './callout.js';
import { checklist } from './checklist.js';
import { DirectiveContext, show, type ContainerDirective } from './context.js';
import { quiz } from './quiz.js';
import { reflection } from './reflection.js';

export const DIRECTIVES: readonly ContainerDirective[] = [reflection, checklist, quiz, callout];

const BY_NAME = new Map(DIRECTIVES.flatMap((d) => d.names.map((name) => [name, d] as const)));
/** Leaf directive → the container it belongs in. */
const LEAF_PARENT = new Map(DIRECTIVES.flatMap((d) => (d.leaves ?? []).map((leaf) => [leaf, d.names[0]!] as const)));
const KNOWN = `${[...BY_NAME.keys()].map((name) => `:::${name}`).join(', ')} and ${[...LEAF_PARENT.keys()].map((name) => `::${name}`).join(', ')}`;

export class Directives {
  private readonly context: DirectiveContext;

  /** `section` gives the id of the last level-2 heading rendered, the section an activity sits in. */
  constructor(reporter: Reporter, section: () => string | undefined = () => undefined, unitNumber?: string) {
    this.context = new DirectiveContext(reporter, section, unitNumber);
  }

  /** A directive at the top level: its block, then an error box for each problem inside it. */
  blocks(token: DirectiveToken, output: MarkdownOutput): Block[] {
    const errors: ErrorBlock[] = [];
    const block = this.build(token, output, errors, true);
    return block ? [block, ...errors] : errors;
  }

  /** A directive nested in a list, quote or callout: its HTML; its problems wait in `drain()`. */
  html(token: DirectiveToken, output: MarkdownOutput): string {
    const errors: ErrorBlock[] = [];
    const block = this.build(token, output, errors, false);
    if (block?.type === 'error') this.nested.push(block);
    this.nested.push(...errors);
    // Activities never get here: they must be at the top level.
    return block?.type === 'html' ? block.html : '';
  }

  /** A problem found while rendering nested Markdown, to be shown after its top-level block. */
  hold(error: ErrorBlock): void {
    this.nested.push(error);
  }

  /** The problems held since the last call, in the order of the source. */
  drain(): ErrorBlock[] {
    return this.nested.splice(0).sort((a, b) => a.line - b.line || a.column - b.column);
  }

  private readonly nested: ErrorBlock[] = [];

  private build(token: DirectiveToken, output: MarkdownOutput, errors: ErrorBlock[], top: boolean): Block | undefined {
    const context = this.context;
    if (token.type === 'containerDirective' && token.state !== 'closed') return this.broken(token);
    const { name, syntaxError } = token.directive;
    if (syntaxError) errors.push(context.error('LP011', token.offset + syntaxError.index, `${show(token)}: ${syntaxError.message}`));
    if (token.type === 'leafDirective') {
      const parent = LEAF_PARENT.get(name);
      return parent
        ? context.error('LP011', token.offset, `::${name} is only allowed directly inside a :::${parent}`)
        : this.unknown(token);
    }
    const directive = BY_NAME.get(name);
    if (!directive) return this.unknown(token);
    if (directive.activity && !top) {
      return context.error('LP008', token.offset, `${show(token)} is an activity, so it must be at the top level of the unit, not inside a list, quote or callout`);
    }
    return directive.build(token, { directives: context, output, errors });
  }

  /** An unclosed directive, or a closing line with nothing open. */
  private broken(token: ContainerDirectiveToken): ErrorBlock | undefined {
    const fence = ':'.repeat(token.directive.colons);
    if (token.state === 'stray') {
      this.context.error('LP006', token.offset, `this ${fence} line closes nothing: no directive is open here`);
      return undefined;
    }
    return this.context.error('LP004', token.offset, `${show(token)} is not closed: it needs a closing ${fence} line after its content`);
  }

  private unknown(token: DirectiveToken): ErrorBlock {
    const { name } = token.directive;
    let hint = '';
    // Stryker disable next-line ConditionalExpression: a container of a known name, like a leaf of a known one, is never unknown
    if (token.type === 'leafDirective' && BY_NAME.has(name)) hint = ` (${name} is a container: :::${name} … :::)`;
    const parent = LEAF_PARENT.get(name);
    // Stryker disable next-line ConditionalExpression: a leaf of a known parent is refused before it gets here
    if (token.type === 'containerDirective' && parent) hint = ` (::${name}[…] is one line inside a :::${parent})`;
    return this.context.error('LP003', token.offset, `unknown directive "${show(token)}"${hint}; the known directives are ${KNOWN}`);
  }
}
