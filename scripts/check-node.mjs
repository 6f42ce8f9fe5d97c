// Fails loudly when npm scripts run on a Node older than the one pinned in package.json.
// The `node` devDependency puts Node 24 first on the PATH of every npm script; if it was not
// installed (e.g. `npm install --ignore-scripts`), scripts would silently run on the system
// Node and Astro 7 would refuse to start with a confusing message.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(
    `需要 Node.js 24（当前为 ${process.versions.node}）。请运行 \`npm install\`（不要加 --ignore-scripts），` +
      '项目会自带 Node 24；并通过 `npm run …` 运行命令。\n' +
      `Node.js 24 is required (found ${process.versions.node}). Run \`npm install\` and use npm scripts.`,
  );
  process.exit(1);
}
