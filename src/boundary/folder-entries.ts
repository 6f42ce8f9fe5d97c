/**
 * A folder's entries with symbolic links followed: a link to a folder counts as a folder, a
 * link to a file as a file, a broken link as neither (`isBrokenLink`). A city may assemble its region folder
 * from links to each county's own data folder (or a county link its CSVs from elsewhere);
 * `Dirent.isDirectory()` alone is false for such a link, and the region then looked empty.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  /** A symbolic link whose target does not exist (or cannot be read). */
  isBrokenLink: boolean;
}

export function folderEntries(dir: string): FolderEntry[] {
  return readdirSync(dir, { withFileTypes: true }).map((e) => {
    if (!e.isSymbolicLink()) return { name: e.name, isFile: e.isFile(), isDirectory: e.isDirectory(), isBrokenLink: false };
    try {
      const s = statSync(join(dir, e.name));
      return { name: e.name, isFile: s.isFile(), isDirectory: s.isDirectory(), isBrokenLink: false };
    } catch {
      return { name: e.name, isFile: false, isDirectory: false, isBrokenLink: true };
    }
  });
}
