// Builds the site aside and swaps it into dist/ only when every step succeeded, so a data or
// content error never publishes half a site and never destroys the previous dist/.
//
// Steps: data check (prints every problem in Chinese) → astro build into .dist-new →
// Pagefind search index → swap .dist-new into dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outName = process.env.BUILD_OUT || 'dist';
const finalDir = resolve(root, outName);
// Staging folders live under .build/ (git-ignored), on the same disk as the output so the
// final swap is a rename.
const stageName = outName.replace(/[\\/]/g, '_');
const newDir = resolve(root, '.build', `${stageName}-new`);
const oldDir = resolve(root, '.build', `${stageName}-old`);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: newDir };

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', shell: false });
  if (r.status !== 0) {
    rmSync(newDir, { recursive: true, force: true });
    console.error(`\n构建已停止：${what}未通过。${existsSync(finalDir) ? `原有的 ${outName}/ 保持不变。` : ''}`);
    process.exit(r.status ?? 1);
  }
}

if (!process.env.SITE_URL) {
  console.warn('提示：没有设置 SITE_URL（网站的正式域名），RSS 订阅和站点地图里的链接会指向 http://localhost:4321。本地预览可以不管；正式发布前请设置，例如 SITE_URL=https://jyj.example.gov.cn。');
}

rmSync(newDir, { recursive: true, force: true });
mkdirSync(resolve(root, '.build'), { recursive: true });
run('tsx', ['scripts/check-data.ts'], '数据检查');
run('astro', ['build'], '网站生成');
// Attachments of the demo notices live in public/attachments/demo/; like the demo notices
// themselves they are left out when the data folder is not the demo (no DEMO.txt).
const dataDir = resolve(root, process.env.DATA_DIR || 'data');
if (!existsSync(resolve(dataDir, 'DEMO.txt'))) rmSync(resolve(newDir, 'attachments', 'demo'), { recursive: true, force: true });
run('pagefind', ['--site', newDir, '--silent'], '搜索索引生成');

rmSync(oldDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(newDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`网站已生成：${outName}/`);
