/**
 * The national product list (Uniforme Productnamenlijst, data/national/upl-2023-07.tsv): every
 * product of Dutch governments by its uniform name, with the layers of government that provide it.
 * Parsed from the TSV text as published, so a newer export with the same columns drops in.
 */
import { z } from 'zod';

export const GovernmentLayerSchema = z.enum(['rijk', 'provincie', 'waterschap', 'gemeente']);
export type GovernmentLayer = z.infer<typeof GovernmentLayerSchema>;

export const UplProductSchema = z.object({
  name: z.string().min(1),
  uri: z.string().url(),
  layers: z.array(GovernmentLayerSchema),
  forResidents: z.boolean(),
  forBusinesses: z.boolean(),
});
export type UplProduct = z.infer<typeof UplProductSchema>;

const COLUMNS = ['name', 'uri', 'rijk', 'provincie', 'waterschap', 'gemeente', 'burger', 'bedrijf'] as const;

/** Throws on a file whose header lacks a column we read: a wrong file must not load silently. */
export function parseUplTsv(text: string): UplProduct[] {
  const [header = '', ...lines] = text.split(/\r?\n/);
  const names = header.split('\t');
  const at = Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((column) => at[column] < 0);
  if (missing.length > 0) throw new Error(`UPL list lacks the columns ${missing.join(', ')}`);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('\t');
      const marked = (column: (typeof COLUMNS)[number]) => cells[at[column]]?.trim() === 'x';
      return UplProductSchema.parse({
        name: cells[at.name]?.trim(),
        uri: cells[at.uri]?.trim(),
        layers: GovernmentLayerSchema.options.filter(marked),
        forResidents: marked('burger'),
        forBusinesses: marked('bedrijf'),
      });
    });
}
