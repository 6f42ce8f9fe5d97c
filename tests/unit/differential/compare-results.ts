/**
 * Field-by-field comparison of two results.json objects (production vs reference).
 * - numbers: equal within a relative 1e-9;
 * - `schools[]`: matched by (school_id, stage); order differences are info only;
 * - `excluded_reason`: only null vs non-null is a difference; differing text is info;
 * - extra keys on the production side are differences, except at the top level (info).
 */
export interface Difference {
  path: string;
  production: unknown;
  reference: unknown;
}

export interface Comparison {
  differences: Difference[];
  info: string[];
}

const REL = 1e-9;

function numbersEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= REL * Math.max(Math.abs(a), Math.abs(b));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function walk(path: string, prod: unknown, ref: unknown, out: Comparison): void {
  if (typeof prod === 'number' && typeof ref === 'number') {
    if (!numbersEqual(prod, ref)) out.differences.push({ path, production: prod, reference: ref });
    return;
  }
  if (Array.isArray(prod) && Array.isArray(ref)) {
    if (prod.length !== ref.length) {
      out.differences.push({ path: `${path}.length`, production: prod.length, reference: ref.length });
    }
    for (let i = 0; i < Math.min(prod.length, ref.length); i++) walk(`${path}[${i}]`, prod[i], ref[i], out);
    return;
  }
  if (isObject(prod) && isObject(ref)) {
    for (const k of Object.keys(ref)) {
      if (!(k in prod)) out.differences.push({ path: `${path}.${k}`, production: '<missing>', reference: ref[k] });
      else walk(`${path}.${k}`, prod[k], ref[k], out);
    }
    for (const k of Object.keys(prod)) {
      if (k in ref) continue;
      if (path === '') out.info.push(`extra top-level key in production: ${k}`);
      else out.differences.push({ path: `${path}.${k}`, production: prod[k], reference: '<absent>' });
    }
    return;
  }
  if (prod !== ref) out.differences.push({ path, production: prod, reference: ref });
}

type SchoolEntry = Record<string, unknown> & { school_id: string; stage: string };

export function compareResults(production: unknown, reference: unknown): Comparison {
  const out: Comparison = { differences: [], info: [] };
  if (!isObject(production) || !isObject(reference)) {
    out.differences.push({ path: '', production, reference });
    return out;
  }
  const { schools: prodSchools, ...prodRest } = production;
  const { schools: refSchools, ...refRest } = reference;
  walk('', prodRest, refRest, out);

  const ps = (Array.isArray(prodSchools) ? prodSchools : []) as SchoolEntry[];
  const rs = (Array.isArray(refSchools) ? refSchools : []) as SchoolEntry[];
  if (!Array.isArray(prodSchools)) out.differences.push({ path: '.schools', production: prodSchools, reference: '<array>' });
  const key = (s: SchoolEntry) => `${s.school_id}/${s.stage}`;
  const prodByKey = new Map(ps.map((s) => [key(s), s] as const));
  const refByKey = new Map(rs.map((s) => [key(s), s] as const));
  if (ps.map(key).join(',') !== rs.map(key).join(',') && prodByKey.size === refByKey.size) {
    out.info.push(`schools[] order differs: production ${ps.map(key).join(',')} / reference ${rs.map(key).join(',')}`);
  }
  for (const [k, r] of refByKey) {
    const p = prodByKey.get(k);
    if (!p) {
      out.differences.push({ path: `.schools[${k}]`, production: '<missing>', reference: r });
      continue;
    }
    const { excluded_reason: pr, ...pRest } = p;
    const { excluded_reason: rr, ...rRest } = r;
    if ((pr === null || pr === undefined) !== (rr === null)) {
      out.differences.push({ path: `.schools[${k}].excluded_reason`, production: pr, reference: rr });
    } else if (pr !== rr) {
      out.info.push(`schools[${k}].excluded_reason text: production ${JSON.stringify(pr)} / reference ${JSON.stringify(rr)}`);
    }
    walk(`.schools[${k}]`, pRest, rRest, out);
  }
  for (const k of prodByKey.keys()) {
    if (!refByKey.has(k)) out.differences.push({ path: `.schools[${k}]`, production: prodByKey.get(k), reference: '<absent>' });
  }
  return out;
}

export function formatDifferences(label: string, c: Comparison): string {
  return [
    `${label}: ${c.differences.length} difference(s)`,
    ...c.differences.map((d) => `  ${d.path}: production=${JSON.stringify(d.production)} reference=${JSON.stringify(d.reference)}`),
  ].join('\n');
}
