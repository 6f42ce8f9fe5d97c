import { scanXml } from './scan-xml';

/**
 * Decodes Excel's `_xHHHH_` escapes (control characters such as `_x000D_`; `_x005F_` is a
 * literal underscore that protects a following `_x…_`).
 * @example unescapeExcelText('a_x000D_b') // 'a\rb'
 */
export function unescapeExcelText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of rich-text runs inside `container` elements (`si` in the shared string
 * table, `is` in an inline-string cell): every `<t>`, except phonetic guides (`<rPh>`).
 */
export function createRunCollector(): { open(name: string, selfClosing: boolean): void; close(name: string): void; text(t: string): void; take(): string } {
  let inT = false;
  let inPhonetic = false;
  let text = '';
  return {
    open(name, selfClosing) {
      if (name === 'rPh') inPhonetic = !selfClosing;
      else if (name === 't') inT = !selfClosing;
    },
    close(name) {
      if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT && !inPhonetic) text += t;
    },
    take() {
      const out = unescapeExcelText(text);
      text = '';
      inT = false;
      inPhonetic = false;
      return out;
    },
  };
}

/**
 * The shared string table (`xl/sharedStrings.xml`): the text of each `<si>`, in order.
 * @example parseSharedStrings('<sst><si><t>学校</t></si></sst>') // ['学校']
 */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const runs = createRunCollector();
  let inSi = false;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        inSi = !selfClosing;
        if (selfClosing) out.push('');
      } else if (inSi) runs.open(name, selfClosing);
    },
    close(name) {
      if (name === 'si' && inSi) {
        out.push(runs.take());
        inSi = false;
      } else if (inSi) runs.close(name);
    },
    text(t) {
      if (inSi) runs.text(t);
    },
  });
  return out;
}
