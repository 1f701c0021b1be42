// The documentation site's one script. Examples of elements that take a
// compiled block (a checklist, a quiz) name its JSON in data-block; the block
// is fetched and set as the element's `block` property, as <lp-unit> would.
for (const el of document.querySelectorAll('[data-block]')) {
  fetch(el.getAttribute('data-block'))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${response.url}`))))
    .then((block) => {
      el.block = block;
    })
    .catch((e) => console.error('The example could not be loaded:', e));
}
