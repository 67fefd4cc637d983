// Compiles apps/, libs/ and tools/ with SWC into dist/, keeping the source layout,
// rewriting the @hc/* path aliases to relative requires, and copying data files.
// Type checking is separate (`npm run typecheck`): SWC only strips types, which keeps
// `npm start` fast.
import { transformFile } from '@swc/core';
import { readFileSync, mkdirSync, writeFileSync, readdirSync, statSync, copyFileSync, rmSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// BUILD_OUT_DIR builds elsewhere (e.g. a second checkout of dist/ while a bench runs from the first).
const out = process.env.BUILD_OUT_DIR ? resolve(root, process.env.BUILD_OUT_DIR) : join(root, 'dist');
const sourceRoots = ['apps', 'libs', 'tools', 'bench'];
const testFile = /\.(spec|int-spec|e2e-spec)\.ts$/;
const dataFile = /\.(json|csv|jsonl|md|txt)$/;
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

function walk(dir, files = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, files);
    else files.push(path);
  }
  return files;
}

const started = Date.now();
rmSync(out, { recursive: true, force: true });
const files = sourceRoots.flatMap((r) => walk(join(root, r)));
const sources = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !testFile.test(f) && !f.includes('/test-support/'));
const assets = files.filter((f) => dataFile.test(f) && f.includes('/data/'));

await Promise.all(
  sources.map(async (file) => {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      sourceFileName: relative(dirname(target), file),
      jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);
for (const file of assets) {
  const target = join(out, relative(root, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
process.stdout.write(`built ${sources.length} files and ${assets.length} data files into ${relative(root, out) || out}/ in ${Date.now() - started} ms\n`);
