/** `:::checklist{#id title="…" scale="A|B|C" notes}`: an intro, then a bullet list whose items are the rows. */
import type { Token, Tokens } from 'marked';
import type { ChecklistBlock, ChecklistRow } from '../model.js';
import { plainText } from '../text.js';
import type { ContainerDirective } from './context.js';

export const checklist: ContainerDirective = {
  names: ['checklist'],
  activity: true,
  build(token, { directives, output, errors }) {
    const attributes = directives.attributes(token, ['id', 'title', 'required', 'scale', 'notes'], errors);
    const fields = directives.activity(token, attributes, errors);
    if ('type' in fields) return fields;
    // The last bullet list holds the rows; Markdown before and after it is the intro.
    let index = token.tokens.length - 1;
    while (index >= 0 && !(token.tokens[index]!.type === 'list' && !(token.tokens[index] as Tokens.List).ordered)) index--;
    if (index === -1) {
      return directives.error('LP016', token.offset,
        `checklist "${fields.id}" has no rows: add a bullet list, one "- " line per row`);
    }
    const list = token.tokens[index] as Tokens.List;
    const rows: ChecklistRow[] = list.items.map((item, i) => {
      const tokens = withoutCheckbox(item.tokens);
      return { id: String(i + 1), html: output.block(tokens).trim(), text: plainText(tokens).trim() };
    });
    const intro = token.tokens.filter((_, i) => i !== index);
    const block: ChecklistBlock = {
      type: 'checklist', ...fields, introHtml: output.block(intro),
      notes: directives.flag(token, attributes.get('notes'), errors), rows,
    };
    const scale = attributes.get('scale');
    if (scale) {
      // Stryker disable next-line ArrayDeclaration: a bare `scale` is refused with one level as with none
      const levels = typeof scale.value === 'string' ? scale.value.split('|').map((l) => l.trim()).filter(Boolean) : [];
      if (levels.length >= 2) block.scale = levels;
      else errors.push(directives.error('LP017', token.offset + scale.index,
        `scale needs at least two levels separated by "|", like scale="Not yet|Partly|Fully"; without it each row is ticked`));
    }
    return block;
  },
};

/** A row written as a task (`- [ ] …`) keeps its text without the box. */
export function withoutCheckbox(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => {
    if (t.type === 'checkbox') return [];
    // In a loose list (items apart by blank lines) the checkbox opens the item's first paragraph.
    if (t.type === 'paragraph' && t.tokens?.[0]?.type === 'checkbox') return [{ ...t, tokens: t.tokens.slice(1) }];
    return [t];
  });
}
