/**
 * The admin app: admin/index.html and its hashed assets in dist/public/admin/, served by the
 * worker under /admin. `npx vite --config admin/vite.config.ts` serves it for development and
 * forwards /api to a worker started with `npm start`.
 */
import { defineConfig } from 'vite';

const adminDir = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: adminDir,
  base: '/admin/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  server: { proxy: { '/api': 'http://localhost:8787' } },
  build: {
    outDir: '../dist/public/admin',
    // Updated in place, like the rest of dist/public: scripts/build.ts removes stale assets.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // The polyfill would be one more script for browsers we do not support.
    modulePreload: { polyfill: false },
  },
});
