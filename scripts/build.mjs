// Builds everything the worker serves as static assets into dist/public.
import { mkdir } from 'node:fs/promises';
await mkdir('dist/public', { recursive: true });
