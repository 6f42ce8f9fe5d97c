/**
 * The literals of src/lib's code (numbers, strings, template texts), comments left out: what
 * the literal-scan tests look through. Read with the TypeScript parser, so a comment that
 * documents a threshold is not a use of it, and a string that prints one is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const REPO = join(import.meta.dirname, '../../..');
export const LIB = join(REPO, 'src/lib');

export interface Literal {
  /** Path from the repository root, with `/`. */
  file: string;
  line: number;
  /** `template-part`: the literal text between a template's substitutions. */
  kind: 'number' | 'string' | 'template-part';
  /** A number's value as written, a string's or a template part's text. */
  text: string;
}

/** Every .ts file under `dir`, recursively. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The literals of one source text. */
export function literalsOf(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const add = (node: ts.Node, kind: Literal['kind'], text: string) => out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, kind, text });
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) add(node, 'number', node.text);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // Module specifiers are paths, not texts.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) add(node, 'string', node.text);
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node, 'template-part', node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The literals of every .ts file under src/lib outside the given folders (relative to src/lib). */
export function libLiterals(exceptFolders: readonly string[]): Literal[] {
  return tsFiles(LIB)
    .map((f) => relative(REPO, f).split('\\').join('/'))
    .filter((f) => !exceptFolders.some((d) => f.startsWith(`src/lib/${d}/`)))
    .flatMap((f) => literalsOf(f, readFileSync(join(REPO, f), 'utf8')));
}
