/**
 * The resident's download, read from the build output (dist/public, after `npm run build`):
 * what every page with the widget loads, and what each on-demand chunk adds to it. `npm run
 * bench` reports it and tests/widget/widget-size.test.ts holds it to the budget, so both
 * measure it the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Target } from './timing';

export const PUBLIC_FOLDER = new URL('../dist/public/', import.meta.url);
const ENTRY = 'widget.js';

/** Relative specifiers of static `import … from "./x.js"` and of dynamic `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g;

export interface ScriptsSize {
  files: string[];
  bytes: number;
  /** Gzipped at the default level, file by file, as a server sends them. */
  gzip: number;
}

export interface WidgetSize {
  /** widget.js and the chunks it imports statically: what every page with the widget loads. */
  initial: ScriptsSize;
  /** Per chunk loaded on demand (dynamic import, also from another such chunk): it and the chunks it imports statically that the page does not have yet. */
  lazy: (ScriptsSize & { chunk: string })[];
}

export const readPublicFile = (file: string): string => readFileSync(new URL(file, PUBLIC_FOLDER), 'utf8');

const specifiers = (code: string, pattern: RegExp): string[] => [...code.matchAll(pattern)].map((match) => match[1]!);

/** `entry` and every file it imports statically, directly or not, leaving out those in `loaded`. */
function staticGraph(entry: string, loaded: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || loaded.has(file)) return;
    seen.add(file);
    for (const next of specifiers(readPublicFile(file), STATIC_IMPORT)) visit(next);
  };
  visit(entry);
  return [...seen];
}

function sizeOf(files: string[]): ScriptsSize {
  const codes = files.map(readPublicFile);
  return {
    files,
    bytes: codes.reduce((sum, code) => sum + Buffer.byteLength(code), 0),
    gzip: codes.reduce((sum, code) => sum + gzipSync(code).length, 0),
  };
}

/** Null when there is no build. */
export function measureWidgetSize(): WidgetSize | null {
  if (!existsSync(new URL(ENTRY, PUBLIC_FOLDER))) return null;
  const initial = staticGraph(ENTRY);
  const loaded = new Set(initial);
  const dynamicImports = (files: string[]) =>
    files.flatMap((file) => specifiers(readPublicFile(file), DYNAMIC_IMPORT)).filter((file) => !loaded.has(file));
  // Chunks that on-demand chunks load in turn count too (desk mode loads the free-text reduction).
  const chunks = new Set(dynamicImports(initial));
  for (const chunk of chunks) for (const next of dynamicImports(staticGraph(chunk, loaded))) chunks.add(next);
  return {
    initial: sizeOf(initial),
    lazy: [...chunks].map((chunk) => ({ chunk, ...sizeOf(staticGraph(chunk, loaded)) })),
  };
}

/** Issue 17: what a resident's first answer downloads, the tenant's bundle apart. */
export const FIRST_ANSWER_TARGET = 24 * 1024;

/**
 * widget.js with its static imports, and the engine chunk with everything the first question
 * needs (engine, conversation, personal-data check, advice card) and whatever it imports that the
 * page does not have yet. Null without a build, or when the build has no engine chunk.
 */
export function firstAnswerSize(widget: WidgetSize): ScriptsSize | null {
  const engine = widget.lazy.find(({ chunk }) => /^widget-engine-/.test(chunk));
  if (!engine) return null;
  return {
    files: [...widget.initial.files, ...engine.files],
    bytes: widget.initial.bytes + engine.bytes,
    gzip: widget.initial.gzip + engine.gzip,
  };
}

export function firstAnswerTarget(widget: WidgetSize | null): Target {
  const size = widget && firstAnswerSize(widget);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return {
    name: 'widget.js + first answer, gzip (the bundle apart)',
    value: size ? `${kib(size.gzip)} (${size.files.join(' + ')})` : 'not measured: no build in dist/public (run `npm run build`)',
    target: `≤ ${kib(FIRST_ANSWER_TARGET)}`,
    met: size !== null && size.gzip <= FIRST_ANSWER_TARGET,
  };
}
