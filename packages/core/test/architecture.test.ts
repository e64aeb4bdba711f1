// The architecture as a test over the import graph of every package: no cycles, core's layers
// point one way, web features stay apart. (Biome bans the clock and randomness in core.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const packages = ['core', 'cli', 'server', 'web'];
/** Lowest first: a layer may import itself and the layers before it. */
// letter/ (reading an offer letter, issue 17) needs only the workspace document.
const coreLayers = ['workspace', 'letter', 'pay', 'decide', 'timing', 'messages', 'lint'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

interface Edge {
  from: string;
  to: string | null;
  specifier: string;
}

function importsOf(file: string): Edge[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName }) => ({
    from: file,
    to: resolveImport(file, fileName),
    specifier: fileName,
  }));
}

const graph = new Map(
  packages.map((pkg) => {
    const files = sources(join(root, 'packages', pkg, 'src'));
    return [pkg, new Map(files.map((file) => [file, importsOf(file)]))];
  }),
);
const rel = (file: string) => relative(root, file);

/** Tarjan's strongly connected components; any of size > 1 is an import cycle. */
function cycles(edges: Map<string, Edge[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (node: string) => {
    const own = { index, low: index, onStack: true };
    index++;
    meta.set(node, own);
    stack.push(node);
    for (const { to } of edges.get(node) ?? []) {
      if (!to || !edges.has(to)) continue;
      const next = meta.get(to);
      if (!next) {
        visit(to);
        own.low = Math.min(own.low, meta.get(to)?.low ?? own.low);
      } else if (next.onStack) own.low = Math.min(own.low, next.index);
    }
    if (own.low !== own.index) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      const m = meta.get(member);
      if (m) m.onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.map(rel).sort());
  };
  for (const node of edges.keys()) if (!meta.has(node)) visit(node);
  return found;
}

const layerOf = (file: string) => {
  const [layer] = relative(join(root, 'packages/core/src'), file).split('/');
  return coreLayers.indexOf(layer ?? '');
};

describe('the import graph', () => {
  it.each(packages)('of %s has no cycles', (pkg) => {
    expect(cycles(graph.get(pkg) ?? new Map())).toEqual([]);
  });

  it('runs one way through core: workspace <- letter <- pay <- decide <- timing <- messages <- lint', () => {
    const wrongWay = [...(graph.get('core')?.values() ?? [])].flat().flatMap(({ from, to }) => {
      if (!to || layerOf(from) < 0 || layerOf(to) <= layerOf(from)) return [];
      const [fromLayer, toLayer] = [coreLayers[layerOf(from)], coreLayers[layerOf(to)]];
      return [
        `${rel(from)} imports ${rel(to)}: ${fromLayer}/ may import only ${coreLayers.slice(0, layerOf(from) + 1).join(', ')}; move the shared piece down into ${fromLayer}/ or below, not ${toLayer}/ up.`,
      ];
    });
    expect(wrongWay).toEqual([]);
  });

  it('keeps web features apart: the app shell composes them', () => {
    const features = join(root, 'packages/web/src/features');
    const featureOf = (file: string) =>
      file.startsWith(features) ? relative(features, file).split('/')[0] : null;
    const crossing = [...(graph.get('web')?.values() ?? [])].flat().flatMap(({ from, to }) => {
      const [a, b] = [featureOf(from), to && featureOf(to)];
      return a && b && a !== b
        ? [`${rel(from)} imports feature "${b}": move the shared piece to src/components`]
        : [];
    });
    expect(crossing).toEqual([]);
  });
});

describe('the checks', () => {
  it('finds a planted cycle and a wrong-way import (the checks can fail)', () => {
    const a = join(root, 'packages/core/src/workspace/a.ts');
    const b = join(root, 'packages/core/src/pay/b.ts');
    const planted = new Map([
      [a, [{ from: a, to: b, specifier: '../pay/b' }]],
      [b, [{ from: b, to: a, specifier: '../workspace/a' }]],
    ]);
    expect(cycles(planted)).toHaveLength(1);
    expect(layerOf(b)).toBeGreaterThan(layerOf(a));
  });
});
