/**
 * Traces of the 蒲县 demo in a real county's files. A county that takes over the template and
 * keeps one demo row, notice or plan sentence would publish 蒲县's facts as its own (a G14 page
 * citing "蒲县中考招生实施方案", 蒲县's survey in its S1 verdict): in a build whose data is not
 * the demo, such text is an error that names the file and line.
 */

/**
 * The demo county, as its data names it. Spelled out from code points so that the words do not
 * stand in the browser bundle of the 数据自查 page, which carries this check: a real county's
 * site must not contain them anywhere, not even in a script.
 */
export const DEMO_COUNTY = {
  name: String.fromCodePoint(0x84b2, 0x53bf), // 蒲县
  code: String.fromCodePoint(0x31, 0x34, 0x31, 0x30, 0x33, 0x33), // 141033 (fromCharCode is folded by the bundler)
  documentPrefix: String.fromCodePoint(0x84b2, 0x653f, 0x53d1), // 蒲政发
} as const;

// 学校标识码 embed the county's 6-digit code after one digit: 2141033101 is a 蒲县 school.
const TRACE_PATTERN = new RegExp(`${DEMO_COUNTY.name}|${DEMO_COUNTY.documentPrefix}|(?<!\\d)\\d?${DEMO_COUNTY.code}(?:\\d{3})?(?!\\d)`);

/**
 * The first demo trace in `text` (the demo county's name, its plan's document prefix, its
 * county code or one of its school ids), or null.
 * @example findDemoTrace('蒲县中考招生实施方案') // '蒲县'
 * @example findDemoTrace('2141033101') // '2141033101'
 * @example findDemoTrace('1410330') // null (another number)
 */
export function findDemoTrace(text: string): string | null {
  const m = TRACE_PATTERN.exec(text);
  return m ? m[0] : null;
}

/**
 * Whether a build must reject demo traces: the data is not the demo (no DEMO.txt) and the
 * county is not 蒲县 itself (蒲县's own real data names 蒲县, of course).
 */
export function rejectsDemoTraces(countyCode: string, demoData: boolean): boolean {
  return !demoData && countyCode !== DEMO_COUNTY.code;
}

/** The Chinese explanation shared by data, notice and plan reports. */
export function demoTraceMessage(trace: string): { message: string; hint: string } {
  return {
    message: `这里还留着示例县（${DEMO_COUNTY.name}，行政区划代码 ${DEMO_COUNTY.code}）的内容“${trace}”，会被当作本县的信息发布。`,
    hint: '这是仓库自带的演示内容留下的，请换成本县的真实内容，或删除这一行（这个文件）。',
  };
}

/**
 * Each line of a text that holds a demo trace, with its 1-based line number.
 * @example findDemoTraceLines('# 方案\n蒲县人民政府') // [{ line: 2, trace: '蒲县' }]
 */
export function findDemoTraceLines(text: string): { line: number; trace: string }[] {
  const out: { line: number; trace: string }[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    const trace = findDemoTrace(l);
    if (trace) out.push({ line: i + 1, trace });
  });
  return out;
}
