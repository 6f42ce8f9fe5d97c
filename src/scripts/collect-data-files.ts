/**
 * The files staff give the 数据自查 page — chosen files, a chosen folder, or dropped files or
 * a dropped folder — as the reader takes them: name → bytes, bytes only for the files the
 * reader reads (`isReadFile`). Of a county folder only its own files count (like the build,
 * which never looks into subfolders such as templates/). A region folder (region.csv or
 * region.xlsx in it) also gives each subfolder's own files: its counties. Nothing leaves the
 * browser.
 */
import { isReadFile } from '../lib/dataset/parse-data-files';
import { isRegionRoot } from '../lib/region/check-region-files';

type Files = Map<string, Uint8Array | null>;

export interface CollectedFiles {
  /** The files directly in the chosen folder, or the chosen files. */
  files: Files;
  /** What was checked, for the report heading: the folder's name, or 所选的 N 个文件. */
  label: string;
  /** Only for a region folder: each subfolder's own files, by subfolder name. */
  folders?: Map<string, Files>;
}

/** A file with the path it was chosen under (`data/schools.csv` for a folder). */
interface Picked {
  file: File;
  path: string;
}

/** The bytes the readers need: the data files, and region.csv / region.xlsx of a region folder. */
const isRead = (name: string) => isReadFile(name) || isRegionRoot([name]);

async function toFiles(picked: readonly Picked[]): Promise<Files> {
  const files: Files = new Map();
  for (const { file } of picked) files.set(file.name, isRead(file.name) ? new Uint8Array(await file.arrayBuffer()) : null);
  return files;
}

async function toMap(picked: readonly Picked[], label: string, subfolders: Map<string, Picked[]> = new Map()): Promise<CollectedFiles> {
  const files = await toFiles(picked);
  if (!isRegionRoot(files.keys())) return { files, label };
  const folders = new Map<string, Files>();
  for (const [name, inside] of subfolders) folders.set(name, await toFiles(inside));
  return { files, label, folders };
}

/** Keeps the files directly in the chosen folder (`folder/name`), not in its subfolders. */
function topLevel(picked: readonly Picked[]): { picked: Picked[]; folder: string | null } {
  const depth = (p: string) => p.split('/').filter((s) => s !== '').length;
  const inFolder = picked.filter((p) => depth(p.path) >= 2);
  if (inFolder.length === 0) return { picked: [...picked], folder: null };
  const min = Math.min(...inFolder.map((p) => depth(p.path)));
  const kept = picked.filter((p) => depth(p.path) === min);
  return { picked: kept, folder: kept[0]?.path.split('/').slice(0, -1).join('/') ?? null };
}

/**
 * The files one level below the chosen folder, by subfolder (`folder/石门县/schools.csv` under
 * `石门县`): a region's counties, read only when the folder turns out to be a region.
 */
function subfolderFiles(picked: readonly Picked[], folder: string): Map<string, Picked[]> {
  const bySub = new Map<string, Picked[]>();
  for (const p of picked) {
    if (!p.path.startsWith(`${folder}/`)) continue;
    const rest = p.path.slice(folder.length + 1).split('/');
    if (rest.length !== 2) continue;
    const own = bySub.get(rest[0]!) ?? [];
    own.push(p);
    bySub.set(rest[0]!, own);
  }
  return bySub;
}

/** From an `<input type="file">` (with or without `webkitdirectory`). */
export function collectFromInput(list: FileList): Promise<CollectedFiles> {
  const picked = [...list].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
  const { picked: kept, folder } = topLevel(picked);
  return toMap(kept, folder ? `文件夹 ${folder}` : `所选的 ${kept.length} 个文件`, folder ? subfolderFiles(picked, folder) : new Map());
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function folderEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** From a drop: files as they are; a dropped folder contributes its own files (and, for a region, its subfolders'). */
export async function collectFromDrop(data: DataTransfer): Promise<CollectedFiles> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  const picked: Picked[] = [];
  const subfolders = new Map<string, Picked[]>();
  let folder: string | null = null;
  if (entries.some((e) => e !== null)) {
    for (const entry of entries) {
      if (!entry) continue;
      if (entry.isFile) picked.push({ file: await entryFile(entry as FileSystemFileEntry), path: entry.name });
      else if (entry.isDirectory) {
        folder ??= entry.name;
        const children = await folderEntries(entry as FileSystemDirectoryEntry);
        for (const child of children) {
          if (child.isFile) picked.push({ file: await entryFile(child as FileSystemFileEntry), path: `${entry.name}/${child.name}` });
        }
        // A region folder: each subfolder's own files too (its counties).
        if (!isRegionRoot(children.filter((c) => c.isFile).map((c) => c.name))) continue;
        for (const sub of children.filter((c) => c.isDirectory)) {
          const own: Picked[] = [];
          for (const f of await folderEntries(sub as FileSystemDirectoryEntry)) {
            if (f.isFile) own.push({ file: await entryFile(f as FileSystemFileEntry), path: `${entry.name}/${sub.name}/${f.name}` });
          }
          subfolders.set(sub.name, own);
        }
      }
    }
  } else {
    for (const file of [...data.files]) picked.push({ file, path: file.name });
  }
  return toMap(picked, folder ? `文件夹 ${folder}` : `所选的 ${picked.length} 个文件`, subfolders);
}
