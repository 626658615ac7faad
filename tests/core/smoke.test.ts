import { expect, it } from 'vitest';
import { parseContent } from '../../core/content/parse-content';
import data from '../../data/voorbeeldstad.json';
it('parses voorbeeldstad', () => { expect(parseContent(data).ok).toBe(true); });
