/**
 * Test helper: builds a typed Dataset from compact objects (defaults fill every column).
 */
import type {
  AssessmentRow,
  ClassRow,
  CountyStatKey,
  Dataset,
  FacilityRow,
  FundingRow,
  MonitoringRow,
  RoomRow,
  School,
  SectionRow,
  SurveyRow,
} from '../../../src/lib/dataset/types';
import { DATA_FILES } from '../../../src/lib/dataset/types';

export interface CompactDataset {
  year?: number;
  county?: Partial<Dataset['county']>;
  schools?: (Partial<School> & { school_id: string })[];
  sections?: (Partial<SectionRow> & { school_id: string; students: number })[];
  facilities?: (Partial<FacilityRow> & { school_id: string })[];
  classes?: (Partial<ClassRow> & { school_id: string; students: number })[];
  rooms?: (Partial<RoomRow> & { school_id: string; room_type: '音乐' | '美术'; area: number })[];
  funding?: (Partial<FundingRow> & { school_id: string })[];
  stats?: Partial<Record<CountyStatKey, number>>;
  assessments?: Record<string, '达标' | '未达标' | '待评估'>;
  monitoring?: (Partial<MonitoringRow> & { subject: string; level: 1 | 2 | 3 | 4 })[];
  survey?: (Partial<SurveyRow> & { group: SurveyRow['group']; responses: number; satisfied: number; fairly_satisfied: number })[];
}

/** Builds a Dataset; every row's year defaults to `c.year` (2024). */
export function makeDataset(c: CompactDataset): Dataset {
  const year = c.year ?? 2024;
  let line = 2;
  const files = Object.fromEntries(DATA_FILES.map((name) => [name, { name, present: true, rows: 0, encoding: 'utf-8' as const }])) as Dataset['files'];
  return {
    dir: '/test',
    demo: false,
    files,
    county: {
      line: 2,
      county_code: '141033',
      county_name: '蒲县',
      province: null,
      city: null,
      population: null,
      site_name: null,
      publisher: null,
      site_id_code: null,
      icp: null,
      police_record: null,
      contact: null,
      private_in_scope: true,
      small_site_min_students: 50,
      ...c.county,
    },
    schools: (c.schools ?? []).map((s) => ({
      line: line++,
      name: s.school_id,
      type: '小学',
      parent_id: null,
      township: '蒲城镇',
      area_type: '城区',
      ownership: '公办',
      boarding: false,
      built_year: null,
      address: null,
      ...s,
    })),
    sections: (c.sections ?? []).map((s) => ({
      line: line++,
      year,
      stage: '小学',
      classes: 1,
      teachers: 0,
      teachers_qualified: 0,
      teachers_backbone: 0,
      teachers_pe_art: 0,
      teachers_certified: 0,
      ...s,
    })),
    facilities: (c.facilities ?? []).map((f) => ({
      line: line++,
      year,
      teaching_area: 0,
      sports_area: 0,
      equipment_value: 0,
      multimedia_rooms: 0,
      ...f,
    })),
    classes: (c.classes ?? []).map((k, i) => ({ line: line++, year, stage: '小学', grade: 1, class_name: `${i + 1}班`, ...k })),
    rooms: (c.rooms ?? []).map((r) => ({ line: line++, year, name: null, ...r })),
    funding: (c.funding ?? []).map((f) => ({
      line: line++,
      year,
      public_funds_budget: null,
      public_funds_allocated: null,
      training_funds: null,
      ...f,
    })),
    countyStats: Object.entries(c.stats ?? {}).map(([key, value]) => ({
      line: line++,
      year,
      key: key as CountyStatKey,
      value: value as number,
      source: null,
      note: null,
    })),
    assessments: Object.entries(c.assessments ?? {}).map(([indicator, status]) => ({
      line: line++,
      year,
      indicator: indicator as AssessmentRow['indicator'],
      status,
      evidence: '佐证',
      document: null,
      assessed_by: '县教科局',
      date: '2024-10-01',
    })),
    monitoring: (c.monitoring ?? []).map((m) => ({ line: line++, year, grade: 4, between_school_rate: 0.1, ...m })),
    survey: (c.survey ?? []).map((s) => ({
      line: line++,
      year,
      area_type: null,
      neutral: s.responses - s.satisfied - s.fairly_satisfied,
      dissatisfied: 0,
      ...s,
    })),
    alliances: [],
    units: [],
    tasks: [],
    milestones: [],
  };
}
