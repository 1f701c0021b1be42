/**
 * The source editor: CodeMirror 6 with Markdown highlighting, the directive
 * lines of SPEC §2 marked, and the compiler's diagnostics as underlines and
 * gutter marks. Loaded only by the playground page.
 */
import { EditorState, Compartment, Prec, type Extension, RangeSetBuilder } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, Decoration, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdownKeymap, markdownLanguage } from '@codemirror/lang-markdown';
import { HighlightStyle, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import type { Diagnostic } from '../content/model.js';

/** Token colours are classes, so the page's light and dark styles choose them. */
const highlight = HighlightStyle.define([
  { tag: tags.heading, class: 'ui-tok-heading' },
  { tag: [tags.emphasis], class: 'ui-tok-emphasis' },
  { tag: [tags.strong], class: 'ui-tok-strong' },
  { tag: [tags.link, tags.url], class: 'ui-tok-link' },
  { tag: [tags.monospace], class: 'ui-tok-code' },
  { tag: [tags.quote], class: 'ui-tok-quote' },
  { tag: [tags.list], class: 'ui-tok-list' },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], class: 'ui-tok-meta' },
  { tag: [tags.comment, tags.blockComment], class: 'ui-tok-comment' },
]);

/** `:::name[label]{attributes}`, `::name[…]{…}` and a closing `:::`, as the compiler reads them. */
const DIRECTIVE_LINE = /^(\s{0,3})(:{2,})([A-Za-z][\w-]*)?(\[[^\]]*\])?(\{[^}]*\}?)?/;

const directiveMark = Decoration.mark({ class: 'ui-tok-directive' });
const labelMark = Decoration.mark({ class: 'ui-tok-directive-label' });
const attributesMark = Decoration.mark({ class: 'ui-tok-directive-attributes' });
const directiveLine = Decoration.line({ class: 'ui-directive-line' });

function directiveDecorations(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      const match = DIRECTIVE_LINE.exec(line.text);
      if (match) {
        const [, indent, colons, name = '', label = '', attributes = ''] = match;
        let at = line.from + indent!.length;
        builder.add(line.from, line.from, directiveLine);
        const nameEnd = at + colons!.length + name.length;
        builder.add(at, nameEnd, directiveMark);
        at = nameEnd;
        if (label) builder.add(at, at + label.length, labelMark);
        at += label.length;
        if (attributes) builder.add(at, at + attributes.length, attributesMark);
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const directives = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = directiveDecorations(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = directiveDecorations(update.view);
    }
  },
  { decorations: (v) => v.decorations },
);

export interface EditorOptions {
  parent: HTMLElement;
  /** The shadow root the editor is in: CodeMirror then adopts its styles there, which a strict CSP allows. */
  root: ShadowRoot;
  doc: string;
  /** Ids of the editor's label and description. */
  labelledBy: string;
  describedBy: string;
  onChange(text: string): void;
}

const language = new Compartment();

/**
 * Markdown with GFM (tables, task lists, strikethrough), and Enter continuing a
 * list. Built from lang-markdown's parts rather than its markdown(), whose
 * completion of HTML tags brings the HTML, CSS and JavaScript languages along.
 */
function markdown(): LanguageSupport {
  return new LanguageSupport(markdownLanguage, [Prec.high(keymap.of(markdownKeymap))]);
}

/** Creates the editor. Tab indents; Escape then Tab leaves it (CodeMirror's own escape from the Tab trap). */
export function createEditor(options: EditorOptions): EditorView {
  const extensions: Extension[] = [
    lineNumbers(),
    lintGutter(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    language.of(markdown()),
    syntaxHighlighting(highlight),
    directives,
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    EditorView.contentAttributes.of({
      'aria-labelledby': options.labelledBy,
      'aria-describedby': options.describedBy,
      spellcheck: 'true',
      // Already in the tab order as a contenteditable; said here so checkers see the scroller has focusable content.
      tabindex: '0',
      lang: 'en',
    }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) options.onChange(u.state.doc.toString());
    }),
  ];
  return new EditorView({ state: EditorState.create({ doc: options.doc, extensions }), parent: options.parent, root: options.root });
}

/** Markdown highlighting for a unit; none for pack.yaml, which is YAML. */
export function setMarkdown(view: EditorView, on: boolean): void {
  view.dispatch({ effects: language.reconfigure(on ? markdown() : []) });
}

/** Replaces the whole text as one step the author can undo. */
export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
}

/** The document offset of a 1-based line and column, kept inside the text. */
export function offsetOf(view: EditorView, line: number, column: number): number {
  const doc = view.state.doc;
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return l.from + Math.min(Math.max(0, column - 1), l.length);
}

/** Shows the compiler's diagnostics: each underlines the word it points at (or the rest of the line), with a gutter mark. */
export function showDiagnostics(view: EditorView, diagnostics: readonly Diagnostic[]): void {
  const marks: EditorDiagnostic[] = diagnostics.map((d) => {
    const from = offsetOf(view, d.line, d.column);
    const line = view.state.doc.lineAt(from);
    const rest = line.text.slice(from - line.from);
    const word = /^\S+/.exec(rest)?.[0].length ?? rest.length;
    return { from, to: from + word, severity: d.severity, message: d.message, source: d.code };
  });
  view.dispatch(setDiagnostics(view.state, marks));
}

/** Puts the cursor at a line and column, scrolled into view, and focuses the editor. */
export function moveTo(view: EditorView, line: number, column: number): void {
  const at = offsetOf(view, line, column);
  view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
  view.focus();
}
