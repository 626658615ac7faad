/**
 * `npm run seed:synthetic -- --tenants 342 --topics 300 [--persist-to DIR] [--seed N]`: fills the
 * local D1 with synthetic municipalities for tests and benchmarks. Each tenant gets a Dutch-sounding
 * name, its own counters, locations and opening hours (Voorbeeldstad's, renamed and varied), and
 * `--topics` topics from bench/synthetic-content.ts; about one in eight also serves a neighbouring
 * municipality through an alias. Every tenant passes `parseContent` and is published through the
 * worker's own `publishVersion`. Tenants that exist already are skipped, so a second run adds
 * nothing. The same seed gives the same tenants.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { seededRandom, syntheticContent } from '../bench/synthetic-content';
import { parseContent } from '../core/content/parse-content';
import type { Content } from '../core/content/schema';
import { publishVersion } from '../worker/storage/publish-version';
import { upsertTenantAlias } from '../worker/storage/tenant-aliases';
import { localPlatform } from './local-d1';

const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '342' },
    topics: { type: 'string', default: '300' },
    seed: { type: 'string', default: '2026' },
    'persist-to': { type: 'string' },
  },
});
const tenantCount = Number(values.tenants);
const topicCount = Number(values.topics);
const seed = Number(values.seed);
for (const [name, value, max] of [
  ['--tenants', tenantCount, 5000],
  ['--topics', topicCount, 3000],
] as const) {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    console.error(`${name} must be a whole number from 1 to ${max}.`);
    process.exit(2);
  }
}

// Parts of Dutch place names: prefix + stem + suffix gives names like "Noord-Berkeveen".
const PREFIXES = ['', '', '', 'Noord', 'Zuid', 'Oost', 'West', 'Groot', 'Klein', 'Nieuw', 'Oud', 'Sint'];
const STEMS = [
  'Berk',
  'Eike',
  'Linde',
  'Wilge',
  'Hazel',
  'Beeke',
  'Heide',
  'Zande',
  'Steen',
  'Vlier',
  'Molen',
  'Water',
  'Klaver',
  'Rozen',
  'Elsen',
  'Ooster',
  'Wester',
  'Dijke',
  'Brugge',
  'Haven',
  'Veld',
  'Hooge',
  'Lange',
  'Brede',
  'Kerk',
];
const SUFFIXES = [
  'veen',
  'dijk',
  'broek',
  'wijk',
  'dam',
  'horst',
  'sloot',
  'zijl',
  'mond',
  'burg',
  'drecht',
  'hoven',
  'hout',
  'loo',
  'rade',
  'meer',
  'huizen',
  'kerke',
  'stein',
  'wolde',
];
const OPENS = ['08:30', '09:00', '09:30', '10:00'];
const CLOSES = ['16:00', '16:30', '17:00', '17:30', '20:00'];
const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr'];

type Random = () => number;

interface Municipality {
  id: string;
  name: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** One of `items`, which is never empty. */
const pick = (items: readonly string[], random: Random): string => items[Math.floor(random() * items.length)] as string;

/** Endless: a new name on every call of `next()`. */
function* municipalityNames(random: Random): Generator<Municipality, never> {
  const seen = new Set(['voorbeeldstad', 'oosterhoek']);
  for (;;) {
    const prefix = pick(PREFIXES, random);
    const base = `${pick(STEMS, random)}${pick(SUFFIXES, random)}`;
    const name = prefix ? `${prefix}-${base}` : base;
    if (seen.has(slug(name))) continue;
    seen.add(slug(name));
    yield { id: slug(name), name };
  }
}

/** Voorbeeldstad's counters and locations, renamed for `name` and with hours of its own. */
function municipalityContent(
  base: Content,
  { id, name }: Municipality,
  library: string | undefined,
  index: number,
  random: Random,
): unknown {
  const renamed = JSON.parse(JSON.stringify(base).replaceAll('Voorbeeldstad', name)) as Content;
  const content = syntheticContent(renamed, { topicCount, seed: seed + index });
  return {
    ...content,
    tenant: { ...renamed.tenant, id, name: `Gemeente ${name}`, ...(library ? { library } : {}) },
    locations: renamed.locations.map((location) => ({
      ...location,
      address: {
        ...location.address,
        postalCode: `${1000 + Math.floor(random() * 8999)} ${pick(['AB', 'CD', 'GH', 'KL', 'PR', 'XZ'], random)}`,
      },
      hours: [
        { days: WEEKDAYS.filter(() => random() < 0.85), opens: pick(OPENS, random), closes: pick(CLOSES, random) },
        ...(random() < 0.5 ? [{ days: ['sa'], opens: '10:00', closes: pick(['13:00', '14:00', '16:00'], random) }] : []),
      ].filter((hours) => hours.days.length > 0),
    })),
  };
}

const base = parseContent(JSON.parse(await readFile(new URL('../data/voorbeeldstad.json', import.meta.url), 'utf8')));
if (!base.ok) throw new Error('data/voorbeeldstad.json does not match the content schema');

const random = seededRandom(seed);
const names = municipalityNames(random);
const plan: { municipality: Municipality; partner: Municipality | null; index: number }[] = [];
for (let index = 0; index < tenantCount; index++) {
  const municipality = names.next().value;
  // About one in eight libraries also serves a neighbour, which shares the tenant.
  const partner = random() < 0.125 ? names.next().value : null;
  plan.push({ municipality, partner, index });
}

const platform = await localPlatform(values['persist-to']);
const started = performance.now();
try {
  const db = platform.env.DB;
  const { results } = await db.prepare('SELECT id FROM tenants WHERE published_version IS NOT NULL').all<{ id: string }>();
  const existing = new Set(results.map((row) => row.id));
  let published = 0;
  const aliases = [];

  const todo = plan.filter(({ municipality }) => !existing.has(municipality.id));
  // A few publishes in flight: each is one read and one batched write.
  const worker = async () => {
    for (let next = todo.shift(); next; next = todo.shift()) {
      const { municipality, partner, index } = next;
      const library = partner ? `Bibliotheek ${municipality.name} (ook voor ${partner.name})` : undefined;
      const parsed = parseContent(municipalityContent(base.content, municipality, library, index, seededRandom(seed * 7919 + index)));
      if (!parsed.ok) throw new Error(`${municipality.id}: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
      await publishVersion(db, parsed.content, { by: 'seed:synthetic', note: 'Synthetic tenant', now: new Date() });
      published++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));

  for (const { municipality, partner } of plan) if (partner) aliases.push(upsertTenantAlias(db, partner.id, municipality.id));
  for (let i = 0; i < aliases.length; i += 50) await db.batch(aliases.slice(i, i + 50));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `seed:synthetic: ${published} tenants published, ${tenantCount - published} already there, ${aliases.length} aliases, ${topicCount} topics each (${seconds} s).`,
  );
} finally {
  await platform.dispose();
}
