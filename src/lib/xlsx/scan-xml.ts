/**
 * A minimal, forgiving XML tokenizer for the parts of an .xlsx package (SpreadsheetML is
 * machine-written, flat and namespaced): open tags, close tags and text, nothing else.
 * Namespace prefixes are dropped from tag and attribute names (`x:c` → `c`, `r:id` → `id`),
 * comments and processing instructions are skipped, CDATA is text.
 */

export interface XmlHandler {
  /** An open (or self-closing) tag: local name and the raw attribute text. */
  open?(name: string, attrs: string, selfClosing: boolean): void;
  /** A close tag (also called right after `open` for a self-closing tag). */
  close?(name: string): void;
  /** Text between tags, entities decoded. */
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes XML character and entity references.
 * @example decodeXmlText('a &lt; b &#x4E2D;') // 'a < b 中'
 */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** Local name of a possibly prefixed XML name: `x:sheet` → `sheet`. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Attributes of a tag's raw attribute text, by local name, values decoded.
 * @example readAttributes(' r="A1" t="s"') // { r: 'A1', t: 's' }
 */
export function readAttributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of attrs.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1] ?? '';
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    out[localName(name)] = decodeXmlText(m[2] ?? m[3] ?? '');
  }
  return out;
}

/**
 * One attribute of a tag's raw attribute text, by exact (unprefixed) name; decoded. Faster than
 * `readAttributes` for the hot path (every cell of a sheet).
 * @example attributeValue(' r="A1" t="s"', 't') // 's'
 */
export function attributeValue(attrs: string, name: string): string | undefined {
  const key = `${name}=`;
  for (let i = attrs.indexOf(key); i >= 0; i = attrs.indexOf(key, i + 1)) {
    const before = attrs.charCodeAt(i - 1);
    if (i > 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const quote = attrs[i + key.length];
    if (quote !== '"' && quote !== "'") continue;
    const end = attrs.indexOf(quote, i + key.length + 1);
    if (end < 0) return undefined;
    return decodeXmlText(attrs.slice(i + key.length + 1, end));
  }
  return undefined;
}

/** Index of the `>` that ends the tag starting at `lt`, skipping `>` inside quoted values. */
function tagEnd(xml: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

/**
 * Walks an XML document, calling the handler for each tag and text run, in order.
 * Malformed input never throws: an unterminated tag ends the walk.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      handler.text?.(decodeXmlText(xml.slice(i)));
      return;
    }
    if (lt > i) handler.text?.(decodeXmlText(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return;
      handler.text?.(xml.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return;
    i = gt + 1;
    const first = xml[lt + 1];
    if (first === '?' || first === '!') continue;
    if (first === '/') {
      handler.close?.(localName(xml.slice(lt + 2, gt).trim()));
      continue;
    }
    const selfClosing = xml[gt - 1] === '/';
    const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    handler.open?.(name, space < 0 ? '' : body.slice(space), selfClosing);
    if (selfClosing) handler.close?.(name);
  }
}
