/**
 * What every directive needs while it is built: its attributes read and
 * checked, problems reported, and the unit-wide record of activity ids.
 * Nothing here throws or drops content silently.
 */
import type { Code } from '../codes.js';
import type { Reporter } from '../diagnostics.js';
import type { Attribute } from '../directive-syntax.js';
import type { ContainerDirectiveToken, DirectiveToken, MarkdownOutput } from '../directive-tokens.js';
import { MAX_ACTIVITIES } from '../limits.js';
import type { Block, ErrorBlock } from '../model.js';

/** Ids become parts of `pack/unit/activity/item` keys (SPEC §2, §5). */
export const KEY_PART = /^[^\s/]+$/;

/** One container directive of SPEC §2: its names, and how its block is built. */
export interface ContainerDirective {
  names: readonly string[];
  /** Activities must stand at the top level of the unit. */
  activity: boolean;
  /** Leaf directives (`::prompt`, `::feedback`) that belong directly inside this one. */
  leaves?: readonly string[];
  build(token: ContainerDirectiveToken, context: BuildContext): Block;
}

/** What a directive's `build` is given. */
export interface BuildContext {
  directives: DirectiveContext;
  output: MarkdownOutput;
  /** Problems inside the block; each becomes an error box after it. */
  errors: ErrorBlock[];
}

export class DirectiveContext {
  /** Activity id → offset of its first definition. */
  private readonly activities = new Map<string, number>();

  constructor(
    readonly reporter: Reporter,
    /** The id of the last level-2 heading rendered: the section an activity sits in. */
    readonly section: () => string | undefined,
    /** The unit's number from its front matter, when it has one: activity ids should start with it. */
    readonly unitNumber?: string,
  ) {}

  error(code: Code, offset: number, message: string): ErrorBlock {
    return this.reporter.at(code, offset, message);
  }

  /** Allowed attributes by key; unknown ones are warned about, repeats are errors. */
  attributes(token: DirectiveToken, allowed: string[], errors: ErrorBlock[]): Map<string, Attribute> {
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

  text(token: DirectiveToken, attributes: Map<string, Attribute>, key: string, errors: ErrorBlock[]): string | undefined {
    const attribute = attributes.get(key);
    if (attribute?.value !== true) return attribute?.value.trim() || undefined;
    errors.push(this.error('LP011', token.offset + attribute.index, `${key} needs a value, like ${key}="…"`));
    return undefined;
  }

  /** `:::note[Heads up]` is a title, as in remark-directive; elsewhere a label is ignored. */
  label(token: ContainerDirectiveToken, usable: boolean): string | undefined {
    const { label } = token.directive;
    if (label === undefined) return undefined;
    if (usable) return label.trim() || undefined;
    this.error('LP007', token.offset, `the [label] of ${show(token)} is ignored`);
    return undefined;
  }

  flag(token: DirectiveToken, attribute: Attribute | undefined, errors: ErrorBlock[]): boolean {
    if (!attribute) return false;
    if (attribute.value === true || attribute.value === 'true') return true;
    if (attribute.value === 'false') return false;
    errors.push(this.error('LP011', token.offset + attribute.index, `${attribute.key} must be true or false (or just "${attribute.key}"), not "${attribute.value}"`));
    return false;
  }

  wholeNumber(token: DirectiveToken, attribute: Attribute | undefined, errors: ErrorBlock[]): number | undefined {
    if (!attribute) return undefined;
    // Stryker disable next-line ConditionalExpression: a bare attribute's value true reads as "true", which the pattern refuses as well
    if (typeof attribute.value === 'string' && /^[1-9]\d{0,8}$/.test(attribute.value)) return Number(attribute.value);
    const got = attribute.value === true ? 'no value' : `"${attribute.value}"`;
    errors.push(this.error('LP011', token.offset + attribute.index, `${attribute.key} must be a positive whole number, like ${attribute.key}=50, not ${got}`));
    return undefined;
  }

  /**
   * The fields every activity has (SPEC §2): a unique `#id`, `title`,
   * `required`, its line and section. An ErrorBlock when it cannot be one.
   */
  activity(token: ContainerDirectiveToken, attributes: Map<string, Attribute>, errors: ErrorBlock[]):
    { id: string; title?: string; required: boolean; line: number; section?: string } | ErrorBlock {
    const id = attributes.get('id');
    const name = token.directive.name;
    if (typeof id?.value !== 'string') {
      return this.error('LP010', token.offset, `activity ${show(token)} has no id; add one after its name, e.g. :::${name}{#4.2.1}`);
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
    const number = this.unitNumber;
    if (number && id.value !== number && !id.value.startsWith(`${number}.`)) {
      this.error('LP019', token.offset + id.index,
        `activity "${id.value}" does not start with the unit's number ${number}; learners see it as "Activity ${id.value}" (for example, use #${number}.1)`);
    }
    const fields: { id: string; title?: string; required: boolean; line: number; section?: string } = {
      id: id.value,
      required: this.flag(token, attributes.get('required'), errors),
      line: this.reporter.lines.position(token.offset).line,
    };
    const title = this.text(token, attributes, 'title', errors) ?? this.label(token, true);
    if (title) fields.title = title;
    const section = this.section();
    if (section !== undefined) fields.section = section;
    return fields;
  }
}

/** `:::note`, `::prompt`: the directive as the author wrote it. */
export function show(token: DirectiveToken): string {
  return ':'.repeat(token.directive.colons) + token.directive.name;
}
