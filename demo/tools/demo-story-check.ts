/**
 * A quick, independent re-computation of the resource indicators of the demo rows, printed
 * by the generator so the story (2022 short in places, 2025 every standard met) can be seen
 * without the site. It follows the indicator method v1 in floating point: good enough for a
 * demo, not the engine (src/lib/engine is the reference).
 */
import type { SchoolSpec, Year } from './demo-schools';

type Stage = '小学' | '初中' | '高中';
const R_KEYS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const;
const STANDARD: Record<'小学' | '初中', number[]> = {
  小学: [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3],
  初中: [5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4],
};
const CV_LIMIT = { 小学: 0.5, 初中: 0.45 };

interface StoryInput {
  sections: {
    year: Year;
    spec: SchoolSpec;
    stage: Stage;
    students: number;
    qualified: number | null;
    backbone: number | null;
    peArt: number | null;
    teachers: number;
    certified: number | null;
  }[];
  facilities: { year: Year; spec: SchoolSpec; teaching: number; sports: number; equipment: number; multimedia: number }[];
  classRows: { year: Year; spec: SchoolSpec; stage: Stage; row: { size: number } }[];
  rooms: { year: Year; spec: SchoolSpec; type: '音乐' | '美术'; area: number }[];
  funding: { year: Year; spec: SchoolSpec; allocated: number; budget: number; training: number }[];
  stageFactor: Record<Stage, number>;
}

const ownerOf = (spec: SchoolSpec): string => spec.parent ?? spec.id;

export function printStory(input: StoryInput): void {
  const years = [...new Set(input.sections.map((s) => s.year))];
  for (const year of years) {
    const lines: string[] = [];
    const parts: { stage: '小学' | '初中'; name: string; students: number; values: number[] }[] = [];
    const owners = new Map<string, SchoolSpec>();
    for (const s of input.sections) if (s.year === year && !s.spec.parent) owners.set(s.spec.id, s.spec);
    for (const school of owners.values()) {
      if (school.type === '特殊教育学校') continue;
      const rows = input.sections.filter((s) => s.year === year && ownerOf(s.spec) === school.id);
      const byStage = new Map<Stage, { students: number; q: number; b: number; p: number }>();
      for (const r of rows) {
        const acc = byStage.get(r.stage) ?? { students: 0, q: 0, b: 0, p: 0 };
        acc.students += r.students;
        acc.q += r.qualified ?? 0;
        acc.b += r.backbone ?? 0;
        acc.p += r.peArt ?? 0;
        byStage.set(r.stage, acc);
      }
      const fac = input.facilities.filter((f) => f.year === year && ownerOf(f.spec) === school.id);
      const total = [0, 0, 0, 0];
      for (const f of fac) {
        total[0]! += f.teaching;
        total[1]! += f.sports;
        total[2]! += f.equipment;
        total[3]! += f.multimedia;
      }
      const weight = [...byStage].reduce((a, [st, v]) => a + input.stageFactor[st] * v.students, 0);
      const compulsory = [...byStage].filter(([st]) => st !== '高中').reduce((a, [, v]) => a + v.students, 0);
      if (school.type === '教学点' && compulsory < 50) continue;
      for (const [stage, v] of byStage) {
        if (stage === '高中') continue;
        const share = (input.stageFactor[stage] * v.students) / weight;
        const n = v.students;
        const values = [(100 * v.q) / n, (100 * v.b) / n, (100 * v.p) / n, ...total.map((t) => (t * share) / n)];
        values[6] = values[6]! * 100;
        parts.push({ stage, name: school.name.replace(/^蒲县/, ''), students: n, values });
      }
    }
    const failed = new Set<string>();
    for (const p of parts) {
      const std = STANDARD[p.stage];
      const misses = p.values.map((v, i) => ({ i, v, s: std[i]! })).filter((m) => m.v < m.s);
      const pass = misses.length <= 1 && misses.every((m) => m.v >= 0.85 * m.s);
      if (!pass) misses.forEach((m) => failed.add(R_KEYS[m.i]!));
      if (misses.length > 0) {
        lines.push(`  ${pass ? '通过' : '未通过'} ${p.stage} ${p.name}(${p.students}): ` + misses.map((m) => `${R_KEYS[m.i]} ${m.v.toFixed(2)}/${m.s}`).join(', '));
      }
    }
    for (const stage of ['小学', '初中'] as const) {
      const ps = parts.filter((p) => p.stage === stage);
      const sumP = ps.reduce((a, p) => a + p.students, 0);
      const cvs = R_KEYS.map((_, i) => {
        const mean = ps.reduce((a, p) => a + p.students * p.values[i]!, 0) / sumP;
        const sd = Math.sqrt(ps.reduce((a, p) => a + p.students * (p.values[i]! - mean) ** 2, 0) / sumP);
        if (sd / mean > CV_LIMIT[stage]) failed.add(`${R_KEYS[i]}(CV)`);
        return (sd / mean).toFixed(3);
      });
      lines.push(`  ${stage} ${ps.length} 所 ${sumP} 人 CV ${cvs.join(' ')}`);
    }
    // G3: rooms per 12 classes (own classes only, out-of-scope sites and special schools excluded)
    const g3: string[] = [];
    for (const school of owners.values()) {
      if (school.type === '特殊教育学校' || school.type === '教学点') continue;
      const classes = input.classRows.filter((c) => c.year === year && c.spec.id === school.id).length;
      const need = Math.ceil(classes / 12);
      const music = input.rooms.filter((r) => r.year === year && r.spec.id === school.id && r.type === '音乐' && r.area >= 96).length;
      const art = input.rooms.filter((r) => r.year === year && r.spec.id === school.id && r.type === '美术' && r.area >= 90).length;
      if (music < need || art < need) g3.push(`${school.name.replace(/^蒲县/, '')} 需${need} 音${music} 美${art}`);
    }
    const big = input.classRows.filter((c) => c.year === year && c.row.size > (c.stage === '小学' ? 45 : 50));
    const g6 = input.funding.filter(
      (f) =>
        f.year === year &&
        (f.spec.type === '教学点' || (f.spec.type === '小学' && f.spec.area === '乡村')) &&
        input.sections.filter((s) => s.year === year && s.spec.id === f.spec.id).reduce((a, s) => a + s.students, 0) < 100 &&
        f.allocated < 65000,
    );
    const cert = input.sections.filter((s) => s.year === year && s.stage !== '高中');
    const certRate = cert.reduce((a, s) => a + (s.certified ?? 0), 0) / cert.reduce((a, s) => a + s.teachers, 0);
    const q4 = input.funding.filter((f) => f.year === year && f.training < 0.05 * f.budget);
    console.log(`${year}: 资源配置未达标 ${[...failed].join(' ') || '无'}`);
    console.log(lines.join('\n'));
    console.log(
      `  G3 ${g3.length ? g3.join('；') : '达标'} | G5 ${big.length ? `${big.length} 个班超额` : '达标'} | G6 ${g6.length ? g6.map((f) => f.spec.name).join(' ') : '达标'} | G12 ${(certRate * 100).toFixed(1)}% | Q4 ${q4.length ? '未达标' : '达标'}`,
    );
  }
}
