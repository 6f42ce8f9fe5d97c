/**
 * The literals of src/lib's code (numbers, strings, template texts), comments left out: what
 * the literal-scan tests look through. Read with the TypeScript parser, so a comment that
 * documents a threshold is not a use of it, and a string that prints one is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseForESLint } from 'astro-eslint-parser';
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

/** Every .astro file under `dir`, recursively. */
export function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : []));
}

interface EsNode {
  type?: string;
  value?: unknown;
  raw?: string;
  loc?: { start: { line: number } };
  children?: EsNode[];
  [key: string]: unknown;
}

/**
 * The literals of one .astro file (frontmatter, expressions and the template's text), read with
 * the same parser ESLint uses for .astro. Template text is a `string` literal, trimmed; `whole`
 * is set when it is the only text of its element (`<th>达标</th>`), which is how a label
 * appears, as opposed to a sentence around an expression (`达标 {n} 个`).
 */
export function astroLiteralsOf(file: string, source: string): (Literal & { whole?: boolean })[] {
  const { ast } = parseForESLint(source, { filePath: file, parser: '@typescript-eslint/parser' }) as unknown as { ast: EsNode };
  const out: (Literal & { whole?: boolean })[] = [];
  const seen = new Set<EsNode>();
  const SKIP = new Set(['parent', 'loc', 'range', 'tokens', 'comments']);
  const visit = (n: EsNode, parent?: EsNode): void => {
    if (seen.has(n)) return;
    seen.add(n);
    const line = n.loc?.start.line ?? 0;
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration') return;
    if (n.type === 'Literal' && typeof n.value === 'string') out.push({ file, line, kind: 'string', text: n.value });
    else if (n.type === 'Literal' && typeof n.value === 'number') out.push({ file, line, kind: 'number', text: String(n.raw ?? n.value) });
    else if (n.type === 'TemplateElement') out.push({ file, line, kind: 'template-part', text: String((n.value as { cooked?: string }).cooked ?? '') });
    else if (n.type === 'JSXText' && typeof n.value === 'string' && n.value.trim() !== '') {
      const siblings = (parent?.children ?? []).filter((c) => !(c.type === 'JSXText' && String(c.value).trim() === ''));
      out.push({ file, line, kind: 'string', text: n.value.trim(), whole: siblings.length === 1 });
    }
    for (const [k, v] of Object.entries(n)) {
      if (SKIP.has(k)) continue;
      if (Array.isArray(v)) for (const c of v) if (c && typeof c === 'object') visit(c as EsNode, n);
      if (v && typeof v === 'object' && !Array.isArray(v) && 'type' in v) visit(v as EsNode, n);
    }
  };
  visit(ast);
  return out;
}

/** The literals of every .astro file under src/. */
export function astroLiterals(): (Literal & { whole?: boolean })[] {
  return astroFiles(join(REPO, 'src'))
    .map((f) => relative(REPO, f).split('\\').join('/'))
    .flatMap((f) => astroLiteralsOf(f, readFileSync(join(REPO, f), 'utf8')));
}
