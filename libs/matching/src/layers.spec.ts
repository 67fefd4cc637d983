import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The folders of libs/matching in their order (docs/matching.md): each may import only folders before it.
 * topics (text → terms) ← profiles ← features ← index, ranking ← store ← suggestions ← jobs.
 */
const LAYERS = ['topics', 'profiles', 'features', 'index', 'ranking', 'store', 'suggestions', 'jobs'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !/\.(spec|int-spec)\.ts$/.test(path) ? [path] : [];
  });
}

describe('libs/matching layers', () => {
  it('imports run one way: a folder imports only the folders before it', () => {
    const root = __dirname;
    const wrong: string[] = [];
    for (const file of files(root)) {
      const from = relative(root, file).split('/')[0] as string;
      const level = LAYERS.indexOf(from);
      if (level < 0) continue;
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const to = normalize(relative(root, join(dirname(file), spec as string))).split('/')[0] as string;
        if (to !== from && LAYERS.indexOf(to) >= level) wrong.push(`${relative(root, file)} imports ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
