/**
 * Progressive enhancement of the school list: the full table works without JS; with JS the
 * filter form appears and hides rows that do not match (township, type, stage, status).
 */
function init(): void {
  const form = document.querySelector<HTMLFormElement>('[data-school-filter]');
  if (!form) return;
  form.hidden = false;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-township]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const apply = () => {
    const f = new FormData(form);
    const want = (k: string) => String(f.get(k) ?? '');
    let shown = 0;
    for (const r of rows) {
      const ok =
        (!want('township') || r.dataset.township === want('township')) &&
        (!want('type') || r.dataset.type === want('type')) &&
        (!want('stage') || (r.dataset.stages ?? '').split(' ').includes(want('stage'))) &&
        (!want('status') || r.dataset.status === want('status'));
      r.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `显示 ${shown} / ${rows.length} 所学校`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
init();

export {};
