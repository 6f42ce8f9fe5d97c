/**
 * Progressive enhancement of the region's county list: the full table works without JS; with
 * JS a filter form (name, verdict) appears, and the column header buttons sort the rows
 * (a second press reverses), with aria-sort on the sorted column.
 */
function init(): void {
  const form = document.querySelector<HTMLFormElement>('[data-county-filter]');
  const table = document.querySelector<HTMLTableElement>('table[data-sortable]');
  const body = table?.tBodies[0];
  if (!form || !table || !body) return;
  form.hidden = false;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-code]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const apply = () => {
    const f = new FormData(form);
    const q = String(f.get('q') ?? '').trim();
    const status = String(f.get('status') ?? '');
    let shown = 0;
    for (const r of rows) {
      const ok = (!q || (r.dataset.name ?? '').includes(q) || (r.dataset.code ?? '').includes(q)) && (!status || r.dataset.status === status);
      r.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `显示 ${shown} / ${rows.length} 个县`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();

  const order: Record<string, number> = { met: 0, incomplete: 1, not_met: 2 };
  for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    th.querySelector('button')?.addEventListener('click', () => {
      const key = th.dataset.sort ?? 'code';
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const value = (r: HTMLTableRowElement): string | number => {
        const v = r.dataset[key] ?? '';
        if (key === 'status') return order[v] ?? 9;
        if (key === 'met' || key === 'schools' || key === 'year') return Number(v);
        return v;
      };
      const sorted = [...rows].sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return (asc ? c : -c) || (a.dataset.code ?? '').localeCompare(b.dataset.code ?? '');
      });
      body.append(...sorted);
    });
  }
}
init();

export {};
