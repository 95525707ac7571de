// Progressive enhancement of the park, project and policy listings: the pre-rendered page already shows
// the right items and links to every single-value filter page; this combines dimensions in place.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter]')) {
  const selects = [...form.querySelectorAll('select')];
  const items = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const counts = document.querySelectorAll('[data-filter-count]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const apply = () => {
    const active = selects.filter((select) => select.value !== '');
    let shown = 0;
    for (const item of items) {
      // `select.name` is the dimension (type, level, city, industry …); an item with several values
      // in one dimension (a policy's industries) lists them separated by spaces.
      const match = active.every((select) =>
        (item.dataset[select.name] ?? '').split(' ').includes(select.value),
      );
      item.hidden = !match;
      if (match) shown++;
    }
    for (const count of counts) count.textContent = String(shown);
    if (empty) empty.hidden = shown > 0;
  };
  form.addEventListener('change', apply);
  // Filtering already happened on change; the button takes keyboard and screen-reader users to the results.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
    document.querySelector<HTMLElement>('[data-filter-status]')?.focus();
  });
  for (const links of document.querySelectorAll<HTMLElement>('[data-filter-links]')) links.hidden = true;
  form.hidden = false;
  apply();
}
