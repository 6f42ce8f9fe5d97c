/**
 * A data folder (as bytes, for `parseDataset`) written with the readings data format v1.1
 * settled, so the differential test runs the engine and the reference on what the reader
 * makes of them:
 * - key headers in any letter case (`Teaching_Area`, `School_ID`);
 * - years with 年 (`2024年`, built_year `1898年`), full-width digits and booleans (`１`, `tRUE`);
 * - `900.0` as a count, `.5` as money, 15 significant digits;
 * - a GBK `classes.csv` whose bytes are also valid UTF-8 (only `小学` and ASCII): read as GB18030;
 * - 0-byte optional files (`rooms.csv`, `survey.csv`): absent;
 * - monitoring grade `04`, levels `iii`, `IV`, `ii` (a row below Ⅲ with a blank rate);
 * - `tasks.due` as text, and the CV just above the 初中 limit (5,500,000 and 14,500,000.01 元).
 */
import type { DataFileName } from '../../../src/lib/dataset/types';
import { encodeGb18030 } from '../../fixtures/encode-gb18030';

const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');

export function v11ReadingsFolder(): Map<DataFileName, Uint8Array> {
  const files = new Map<DataFileName, Uint8Array>();
  files.set('county.csv', utf8(['County_Code,County_Name,Population,Private_In_Scope', '149999,青岚县,"１２０,０００",是']));
  files.set(
    'schools.csv',
    utf8([
      'School_ID,Name,Type,Parent_ID,Township,Area_Type,Ownership,Boarding,Built_Year',
      'P1,城关小学,小学,,城关镇,城区,公办,１,1898年',
      'P2,东关小学,小学,,东关镇,镇区,公办,N,',
      'J1,城关初中,初中,,城关镇,城区,公办,tRUE,２００１',
      'J2,东关初中,初中,,东关镇,乡村,公办,0,',
      'SP,青岚县特殊教育学校,特殊教育学校,,城关镇,城区,公办,否,',
    ]),
  );
  files.set(
    'sections.csv',
    utf8([
      'Year,School_ID,Stage,Students,Classes,Teachers,Teachers_Qualified,Teachers_Backbone,Teachers_PE_Art,Teachers_Certified',
      '2024年,P1,小学,900.0,20,60,45,10,9,60',
      '2024,P2,小学,420,10,30,18,5,4,30',
      '2024年,J1,初中,"2,000",40,150,120,25,20,150',
      '２０２４,J2,初中,2000,40,150,110,22,19,149',
      '2024,SP,小学,30,3,8,8,1,1,8',
    ]),
  );
  files.set(
    'facilities.csv',
    utf8([
      'YEAR,school_id,Teaching_Area,SPORTS_AREA,Equipment_Value,Multimedia_Rooms',
      '2024,P1,4049.99999999999,6800.5,"1,850,000.5",21.0',
      '2024,P2,1890,3150,840000,10',
      '2024,J1,12000,21000,5500000,50',
      '2024,J2,12500,20800,14500000.01,49',
      '2024,SP,800,900,100000,3',
    ]),
  );
  // GBK, key headers, only 小学 rows: valid UTF-8 too ("Сѧ").
  files.set(
    'classes.csv',
    encodeGb18030(['year,school_id,stage,grade,class_name,students', '2024,P1,小学,01,1-1,45', '2024,P1,小学,1,1-2,46', '2024,P2,小学,2,2-1,42'].join('\r\n') + '\r\n'),
  );
  files.set('rooms.csv', new Uint8Array(0));
  files.set('survey.csv', new Uint8Array(0));
  files.set(
    'funding.csv',
    utf8([
      'Year,School_ID,Public_Funds_Budget,Public_Funds_Allocated,Training_Funds',
      '2024,P1,500000,500000,25000.0',
      '2024,P2,200000,200000,9999.5',
      '2024,J1,800000,800000,40000',
      '2024,J2,800000,800000,40000',
      '2024,SP,180000,180000,.5',
    ]),
  );
  files.set(
    'county-stats.csv',
    utf8([
      'year,key,value',
      '2024年,teacher_avg_salary,"86,500.5"',
      '2024年,civil_servant_avg_salary,86500.5',
      '2024年,performance_pay_approved,1',
      '2024年,training_teachers,"１，０００"',
      '2024年,training_completed,1000',
    ]),
  );
  files.set('monitoring.csv', utf8(['Year,Subject,Grade,Level,Between_School_Rate', '2024年,数学,04,iii,0.12', '2024年,语文,08,IV,', '2024年,科学,04,ii,']));
  files.set('assessments.csv', utf8(['year,indicator,status,date', '2024,G1,达标,2024年2月29日', '2024,V1,达标,2024/2/29']));
  files.set('units.csv', utf8(['unit_id,name', 'U1,县教育局']));
  files.set('tasks.csv', utf8(['task_id,title,lead_unit,status,due,progress', 'T1,建设操场,U1,进行中,2025年6月底,0.5', 'T2,教师培训,U1,已完成,2024/12/31,100']));
  return files;
}
