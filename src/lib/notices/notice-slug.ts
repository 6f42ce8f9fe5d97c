/** File names and URL slugs of notice files. */

/** The file name of a path, without folders. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** The URL slug of a notice file: its file name without `.md`/`.mdx`. */
export function slugOf(file: string): string {
  return baseName(file).replace(/\.mdx?$/i, '');
}
