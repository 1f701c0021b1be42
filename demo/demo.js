// The demo's language switch: ?lang=cy shows the page, the interface and
// unit 4.2 in Welsh. The element itself only follows <html lang>.
const lang = new URLSearchParams(location.search).get('lang') === 'cy' ? 'cy' : 'en';
document.documentElement.lang = lang;
if (lang === 'cy') {
  document.title = 'Datblygu ymarfer ar y cyd – enghraifft learning-pack';
  for (const el of document.querySelectorAll('[data-cy]')) el.textContent = el.dataset.cy;
  for (const el of document.querySelectorAll('[data-cy-src]')) el.setAttribute('src', el.dataset.cySrc);
}
for (const a of document.querySelectorAll('.languages a')) {
  if (a.hreflang === lang) a.setAttribute('aria-current', 'true');
}
