/**
 * The widget as an ES module: dist/public/widget.js, served by the worker as /widget.js.
 * Library mode keeps `import.meta.url` intact, which the widget uses to find its API's origin.
 * With `mode: 'ontvangst'` the same settings build the /ontvangst page's script, ontvangst.js.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Comments out, whitespace collapsed. Safe for our own style sheets: no strings hold significant spaces. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The JS minifier leaves template literals alone, so the `css` templates in *.styles.ts are minified here. */
function minifyCssTemplates(): Plugin {
  return {
    name: 'loketwijzer:minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: code.replace(/css`([^`]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

/**
 * The indentation inside the widget's `html` templates (widget/element/html.ts) is markup
 * whitespace that the browser collapses anyway, so a line break with its indentation becomes one
 * space. The TypeScript parser finds the templates, so only their static text changes, never the
 * code inside `${…}`; the renderer reads an attribute's name as written before `=`, which stays.
 */
export function collapseHtmlWhitespace(code: string, fileName: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const parts: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push(template);
      else parts.push(template.head, ...template.templateSpans.map((span) => span.literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const part of parts.sort((a, b) => b.getStart(source) - a.getStart(source))) {
    const start = part.getStart(source);
    const text = code.slice(start, part.getEnd()).replace(/\s*\n\s*/g, ' ');
    result = result.slice(0, start) + text + result.slice(part.getEnd());
  }
  return result;
}

function minifyHtmlTemplates(): Plugin {
  return {
    name: 'loketwijzer:minify-html-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/widget/') || !id.endsWith('.ts') || !code.includes('html`')) return null;
      return { code: collapseHtmlWhitespace(code, id), map: null };
    },
  };
}

/**
 * What the first answer needs beyond widget.js: the engine (routing, search, stemmers), the
 * compact bundle's decoder, and widget/answering (the conversation, the personal-data
 * check, the advice card with the counter's details and opening hours). Kept in one chunk, the
 * widget's dynamic imports fetch it at once; left to the default splitting, it was a 221-byte
 * stub that imported a shared engine chunk, two round trips one after the other on a cold page.
 * The indexing code (MiniSearch, create-engine, build-topic-index, minisearch-postings) stays out:
 * only a bundle without a current index needs it. So does the loader of a JSON bundle's index
 * (load-bundle-engine, serialised-topic-index: 0.4 KiB gzipped), which only the fallback to a JSON
 * bundle needs; a group of their own would add a runtime chunk that the engine chunk imports, a
 * round trip on every first answer, so they stay two chunks, one after the other on that path only.
 * Nothing widget.js imports statically may match, or every page would fetch the engine.
 */
const ENGINE_PATHS = [
  String.raw`/core/routing/(?!build-topic-index|create-engine|minisearch-postings|serialised-topic-index)[^/]+`,
  String.raw`/core/national/choose-layer`,
  String.raw`/data/national/generic-words`,
  String.raw`/widget/national/national-layer`,
  String.raw`/core/bundle/compact-bundle-decode`,
  String.raw`/widget/bundle/(engine-code|gunzip)`,
  String.raw`/node_modules/@orama/stemmers/.+`,
  String.raw`/widget/answering/index`,
  String.raw`/widget/conversation/(conversation-controller|answer)`,
  String.raw`/widget/signals/signals`,
  String.raw`/widget/views/(advice-card|counter-details)`,
  String.raw`/core/hours/(describe-opening|opening-status|amsterdam-time|index)`,
  String.raw`/core/privacy/(find-personal-data|date-of-birth|iban|patterns|eleven-test)`,
];
const ENGINE_MODULE = new RegExp(`(${ENGINE_PATHS.join('|')})\\.(js|ts|json)$`);

/**
 * What the desk's referral form and the feedback form share, and the first answer does not need:
 * how a form shows its outcome, why a note was refused, their JSON calls to the API and the Dutch
 * they both say. A small chunk of its own, which /balie preloads with the desk (scripts/build.ts);
 * in the engine chunk (or widget.js) it cost every first answer its bytes.
 */
const FORMS_MODULE =
  /\/(widget\/views\/form-outcome\.styles|core\/privacy\/messages|widget\/referral\/api-result|widget\/i18n\/nl-forms)\.ts$/;

const ENTRIES = {
  widget: { entry: 'widget/loket-wijzer.ts', fileName: 'widget.js', chunks: 'widget-[name]-[hash].js' },
  ontvangst: { entry: 'widget/receive/receive-page.ts', fileName: 'ontvangst.js', chunks: 'ontvangst-[name]-[hash].js' },
};

export default defineConfig(({ mode }) => {
  const target = mode === 'ontvangst' ? ENTRIES.ontvangst : ENTRIES.widget;
  return {
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: [minifyCssTemplates(), minifyHtmlTemplates()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Never a dependency's development build, whatever NODE_ENV the build runs under.
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir: 'dist/public',
      // Other build steps (the pages, later the admin app) write into the same folder.
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        // Lets widget.js export what the lazy chunks (desk mode, English) share with it, instead of
        // splitting that shared code into a third file that every page would have to fetch.
        preserveEntrySignatures: 'allow-extension',
        // Library mode keeps whitespace and comments in ES output by default; this file is served as is.
        output: {
          minify: true,
          comments: false,
          // The QR encoder's chunk would be named after its folder ("dist"); call it what it is.
          ...(mode === 'ontvangst'
            ? {}
            : {
                codeSplitting: {
                  groups: [
                    { name: 'engine', test: ENGINE_MODULE, includeDependenciesRecursively: false },
                    { name: 'forms', test: FORMS_MODULE, includeDependenciesRecursively: false },
                  ],
                },
              }),
          chunkFileNames: (chunk) =>
            chunk.moduleIds.some((id) => id.includes('/node_modules/uqr/')) ? target.chunks.replace('[name]', 'qr') : target.chunks,
        },
      },
      lib: {
        entry: target.entry,
        formats: ['es'],
        fileName: () => target.fileName,
      },
    },
  };
});
