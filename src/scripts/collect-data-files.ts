/**
 * The files staff give the 数据自查 page — chosen files, a chosen folder, or dropped files or
 * a dropped folder — as the reader takes them: name → bytes, bytes only for the files the
 * reader reads (`isReadFile`). Of a folder only its own files count (like the build, which
 * never looks into subfolders such as templates/). Nothing leaves the browser.
 */
import { isReadFile } from '../lib/dataset/parse-data-files';

export interface CollectedFiles {
  files: Map<string, Uint8Array | null>;
  /** What was checked, for the report heading: the folder's name, or 所选的 N 个文件. */
  label: string;
}

/** A file with the path it was chosen under (`data/schools.csv` for a folder). */
interface Picked {
  file: File;
  path: string;
}

async function toMap(picked: readonly Picked[], label: string): Promise<CollectedFiles> {
  const files = new Map<string, Uint8Array | null>();
  for (const { file } of picked) files.set(file.name, isReadFile(file.name) ? new Uint8Array(await file.arrayBuffer()) : null);
  return { files, label };
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

/** From an `<input type="file">` (with or without `webkitdirectory`). */
export function collectFromInput(list: FileList): Promise<CollectedFiles> {
  const picked = [...list].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
  const { picked: kept, folder } = topLevel(picked);
  return toMap(kept, folder ? `文件夹 ${folder}` : `所选的 ${kept.length} 个文件`);
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

/** From a drop: files as they are; a dropped folder contributes its own files. */
export async function collectFromDrop(data: DataTransfer): Promise<CollectedFiles> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  const picked: Picked[] = [];
  let folder: string | null = null;
  if (entries.some((e) => e !== null)) {
    for (const entry of entries) {
      if (!entry) continue;
      if (entry.isFile) picked.push({ file: await entryFile(entry as FileSystemFileEntry), path: entry.name });
      else if (entry.isDirectory) {
        folder ??= entry.name;
        for (const child of await folderEntries(entry as FileSystemDirectoryEntry)) {
          if (child.isFile) picked.push({ file: await entryFile(child as FileSystemFileEntry), path: `${entry.name}/${child.name}` });
        }
      }
    }
  } else {
    for (const file of [...data.files]) picked.push({ file, path: file.name });
  }
  return toMap(picked, folder ? `文件夹 ${folder}` : `所选的 ${picked.length} 个文件`);
}
