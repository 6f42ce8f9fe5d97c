/**
 * Large-text / high-contrast switch. The choice is kept in localStorage ('yzjh-display') and
 * applied before first paint by the inline script in BaseLayout; this module only wires the
 * buttons (they stay hidden without JS, since they could do nothing then).
 */
type Pref = 'large' | 'contrast';
const KEY = 'yzjh-display';
const ATTR: Record<Pref, string> = { large: 'data-large', contrast: 'data-contrast' };

function read(): Partial<Record<Pref, boolean>> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return v && typeof v === 'object' ? (v as Partial<Record<Pref, boolean>>) : {};
  } catch {
    return {};
  }
}

function apply(prefs: Partial<Record<Pref, boolean>>): void {
  const root = document.documentElement;
  for (const k of Object.keys(ATTR) as Pref[]) {
    if (prefs[k]) root.setAttribute(ATTR[k], '1');
    else root.removeAttribute(ATTR[k]);
    document.querySelectorAll<HTMLButtonElement>(`[data-toggle="${k}"]`).forEach((b) => {
      b.setAttribute('aria-pressed', prefs[k] ? 'true' : 'false');
    });
  }
  document.dispatchEvent(new CustomEvent('yzjh:display-change'));
}

function init(): void {
  const box = document.querySelector<HTMLElement>('[data-display-switch]');
  if (!box) return;
  box.hidden = false;
  apply(read());
  box.addEventListener('click', (e) => {
    const btn = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-toggle]');
    if (!btn) return;
    const k = btn.dataset.toggle as Pref;
    const prefs = read();
    prefs[k] = !prefs[k];
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch {
      /* storage may be disabled: the switch still works for this page */
    }
    apply(prefs);
  });
}

init();

export {};

// On a phone the main navigation is one row that scrolls sideways: bring the current section
// into view (horizontally only; the page itself must not jump).
const navList = document.querySelector<HTMLElement>('.main-nav ul');
const currentLink = navList?.querySelector<HTMLElement>('a[aria-current="page"]');
if (navList && currentLink && navList.scrollWidth > navList.clientWidth) {
  navList.scrollLeft = Math.max(0, currentLink.offsetLeft - (navList.clientWidth - currentLink.offsetWidth) / 2);
}
