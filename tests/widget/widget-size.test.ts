/**
 * The size budget of the embeddable module (issue 3): /widget.js with everything it imports
 * statically stays within 30 KiB gzipped. Chunks that load on demand are reported, not counted:
 * the engine (with the bundle, once someone reaches for the assistant, or at once in desk mode),
 * desk mode and English. Reads the build output: `npm test` builds first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const PUBLIC = new URL('../../dist/public/', import.meta.url);
const BUDGET = 30 * 1024;

const read = (file: string) => readFileSync(new URL(file, PUBLIC), 'utf8');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Relative specifiers of static `import … from "./x.js"` and of dynamic `import("./x.js")`. */
function imports(code: string): { static: string[]; dynamic: string[] } {
  const statics = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g)];
  const dynamics = [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g)];
  return { static: statics.map((m) => m[1]!), dynamic: dynamics.map((m) => m[1]!) };
}

function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of imports(read(file)).static) visit(next.replace(/^\.\//, ''));
  };
  visit(entry);
  return [...seen];
}

const gzipped = (file: string) => gzipSync(read(file)).length;
const total = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0);

describe.skipIf(!existsSync(new URL('widget.js', PUBLIC)))('widget.js size budget', () => {
  it('stays within 30 KiB gzipped with everything it imports statically', () => {
    const files = staticGraph('widget.js');
    const lazy = imports(read('widget.js')).dynamic.map((file) => file.replace(/^\.\//, ''));
    // An on-demand chunk brings the chunks it imports statically that the page does not have yet.
    const onDemand = (chunk: string) => staticGraph(chunk).filter((file) => !files.includes(file));
    const loadEngine = lazy.filter((file) => file.includes('load-bundle-engine'));
    expect(loadEngine).toHaveLength(1);
    console.info(
      [
        `widget.js with its static imports: ${kib(total(files))} (${files.join(', ')})`,
        ...lazy.map((chunk) => `on demand: ${onDemand(chunk).join(' + ')} ${kib(total(onDemand(chunk)))}`),
        `a resident who asks a question in Dutch downloads ${kib(total([...files, ...loadEngine.flatMap(onDemand)]))} in all`,
      ].join('\n'),
    );
    expect(total(files)).toBeLessThanOrEqual(BUDGET);
  });

  it('leaves classic zod out of the widget and all its chunks', () => {
    const files = [...staticGraph('widget.js'), ...imports(read('widget.js')).dynamic.map((file) => file.slice(2))];
    for (const file of files) expect(read(file)).not.toMatch(/ZodError|zod\.dev/);
  });
});
