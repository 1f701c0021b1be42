/**
 * The one error box of every element: a problem shown in place of what could
 * not be shown, whether a whole unit failed to load or compile, or one block
 * of it is broken. Same class, role and structure everywhere: a heading line,
 * a sentence, the author's problems (each with where it is and its code), and
 * what a learner can do. Styled by `.ui-error-box` in shared.styles.ts.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { interfaceLang } from './language-parts.js';

/** One problem in the list: a compiler diagnostic, or a failure with a code. */
export interface Problem {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** `FILE:LINE:COLUMN CODE` for a problem in an author's source; the code alone for any other failure. */
function where(p: Problem): string {
  return p.file !== undefined && p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1} ${p.code}` : p.code;
}

export interface ErrorBoxContent {
  /** What could not be shown: "This unit could not be shown." */
  heading: string;
  /** Why, in a sentence, when there is more to say than the heading. */
  message?: string;
  /** The author's mistakes, or the failure's code, when there are any. */
  problems?: Problem[];
  /** What the reader can do; by default, tell their tutor. */
  help?: string;
}

export function errorBox({ heading, message, problems = [], help }: ErrorBoxContent) {
  return html`<div class="ui-error-box" role="alert" lang=${interfaceLang()}>
    <p><strong>${heading}</strong></p>
    ${message ? html`<p>${message}</p>` : nothing}
    ${problems.length ? html`<ul>${problems.map((p) => html`<li><code>${where(p)}</code> ${p.message}</li>`)}</ul>` : nothing}
    <p>${help ?? msg('If you are studying this unit, please tell your tutor. Your saved answers are not affected.')}</p>
  </div>`;
}
