import { readAttributes, scanXml } from './scan-xml';

export interface WorkbookSheetRef {
  name: string;
  /** Relationship id of the sheet's part (`r:id`). */
  rid: string;
}

/**
 * The sheets of `xl/workbook.xml` in tab order, and whether dates count from 1904.
 * @example parseWorkbookXml('<workbook><sheets><sheet name="学校名录" r:id="rId1"/></sheets></workbook>').sheets[0].name // '学校名录'
 */
export function parseWorkbookXml(xml: string): { sheets: WorkbookSheetRef[]; date1904: boolean } {
  const sheets: WorkbookSheetRef[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'sheet') {
        const a = readAttributes(attrs);
        sheets.push({ name: a.name ?? '', rid: a.id ?? '' });
      } else if (name === 'workbookPr') {
        const v = readAttributes(attrs).date1904;
        date1904 = v === '1' || v === 'true';
      }
    },
  });
  return { sheets, date1904 };
}

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI, e.g. `worksheet`, `sharedStrings`, `officeDocument`. */
  type: string;
  /** Part name inside the package, resolved against the source part's folder (no leading `/`). */
  target: string;
}

/** Resolves a relationship target against the folder of the part that owns the .rels file. */
function resolvePart(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * The relationships of a `.rels` part; `baseDir` is the folder of the part they belong to
 * (`xl/` for `xl/_rels/workbook.xml.rels`, `` for `_rels/.rels`). External targets are skipped.
 */
export function parseRelationships(xml: string, baseDir: string): Relationship[] {
  const out: Relationship[] = [];
  scanXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const a = readAttributes(attrs);
      if (a.TargetMode === 'External' || !a.Target) return;
      out.push({ id: a.Id ?? '', type: (a.Type ?? '').split('/').pop() ?? '', target: resolvePart(baseDir, a.Target) });
    },
  });
  return out;
}
