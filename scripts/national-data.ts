// npm run data:national: builds data/national/national-index.json from the shipped list
// (upl-2023-07.tsv) and the everyday words. Stemming the 1,121 names takes about a second,
// so it happens here once, not in every worker isolate. tests/core/national checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { EverydayWordsSchema } from '../core/national/everyday-words';
import { genericWordsOfList } from '../core/national/generic-words';
import { serialiseNationalIndex } from '../core/national/national-index';
import { parseUplTsv } from '../core/national/upl-products';

const dir = new URL('../data/national/', import.meta.url);
const products = parseUplTsv(readFileSync(new URL('upl-2023-07.tsv', dir), 'utf8'));
const everyday = EverydayWordsSchema.parse(JSON.parse(readFileSync(new URL('everyday-words.json', dir), 'utf8')));
writeFileSync(new URL('national-index.json', dir), `${JSON.stringify(serialiseNationalIndex(products, everyday))}\n`);
// The generic words on their own: the engine needs them for every question, the widget before it
// loads the national layer, so they travel apart from the (lazy) index.
const generic = [...genericWordsOfList(products).keys(), ...everyday.genericWords.nl, ...everyday.genericWords.en];
writeFileSync(new URL('generic-words.json', dir), `${JSON.stringify([...new Set(generic)], null, 0)}\n`);
