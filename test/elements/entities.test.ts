// The browser build decodes character references with the browser's own
// parser (src/content/entities.browser.ts) instead of the entities package's
// table. A heading's id and a prompt's label come from this text, so the two
// must agree on every reference an author may write, strict as CommonMark.
import { expect } from '@open-wc/testing';
import { decodeHTMLStrict } from 'entities/decode';
import { decodeReferences } from '../../src/content/entities.browser.js';

const NAMES = [
  'amp', 'lt', 'gt', 'quot', 'apos', 'nbsp', 'semi', 'copy', 'reg', 'trade', 'hellip', 'mdash', 'ndash', 'lsquo', 'rsquo',
  'ldquo', 'rdquo', 'laquo', 'raquo', 'eacute', 'Eacute', 'egrave', 'ccedil', 'uuml', 'ouml', 'szlig', 'wcirc', 'Wcirc',
  'ycirc', 'Ycirc', 'acirc', 'ecirc', 'icirc', 'ocirc', 'ucirc', 'euro', 'pound', 'frac12', 'frac34', 'deg', 'plusmn', 'times',
  'divide', 'micro', 'para', 'sect', 'middot', 'bull', 'dagger', 'Dagger', 'permil', 'larr', 'rarr', 'harr', 'rArr', 'alpha',
  'Omega', 'pi', 'sum', 'infin', 'ne', 'le', 'ge', 'notin', 'isin', 'ThickSpace', 'NotNestedGreaterGreater', 'fjlig', 'bne',
  'nGt', 'DoubleLongLeftRightArrow', 'CounterClockwiseContourIntegral', 'zwnj', 'zwj', 'lrm', 'rlm', 'shy',
];

const TRICKY = [
  '&copy', // no closing ";": stays as written
  '&notit;', // a known prefix ("not") of an unknown name
  '&unknownname;',
  '&AMP;',
  '&#169;',
  '&#xA9;',
  '&#XA9;',
  '&#0;',
  '&#x110000;',
  '&#xD800;',
  '&#128512;',
  '&#x1F600;',
  '&#12345678;',
  '&;',
  '&#;',
  '&#x;',
  'AT&T;',
  'a & b',
  '&&amp;&',
  'Caf&eacute; &amp; b&eacute;b&eacute; &lt;3',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&lt;img src=x onerror=alert(1)&gt;',
  'Dysgu &amp; addysgu: ŵ &wcirc; ŷ &ycirc;',
];

describe('decoding character references in the browser build', () => {
  it('gives what the entities package gives for each named reference', () => {
    for (const name of NAMES) expect(decodeReferences(`x &${name}; y`), name).to.equal(decodeHTMLStrict(`x &${name}; y`));
  });

  it('gives what the entities package gives for numeric, unknown, unclosed and mixed references', () => {
    for (const text of TRICKY) expect(decodeReferences(text), text).to.equal(decodeHTMLStrict(text));
  });

  it('never turns a reference into markup in the page', () => {
    const before = document.body.innerHTML;
    decodeReferences('&lt;img src=x onerror="window.decoded=1"&gt;');
    expect((window as unknown as { decoded?: number }).decoded).to.equal(undefined);
    expect(document.body.innerHTML).to.equal(before);
  });
});
