/**
 * The playground page's script (dist/site/playground/playground.js): the
 * editor element, in the language the page asks for (`?lang=cy` for Welsh).
 */
import './lp-playground.js';

const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'cy' || lang === 'en') document.documentElement.lang = lang;
