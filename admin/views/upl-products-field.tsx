/**
 * The national products (UPL) a topic covers: the chosen ones, each with a remove button, and a
 * search over the 1,121 names of the national list to add one. A product a topic names never goes
 * to the national layer of the routing. The list loads on first use, so the admin app stays small.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NationalIndex } from '../../core/national/national-index';
import type { UplProduct } from '../../core/national/upl-products';
import { nl } from '../i18n/nl';

const MAX_RESULTS = 8;
let national: Promise<NationalIndex> | undefined;
const loadNational = () =>
  (national ??= import('../../core/national/shipped-national-index').then((module) => module.shippedNationalIndex()));

export interface UplProductsFieldProps {
  /** Unique per row: ids of the search field and its results. */
  id: string;
  /** The topic, for the labels: "Landelijke producten van Paspoort aanvragen". */
  topicName: string;
  uris: readonly string[];
  readOnly: boolean;
  onUris: (uris: string[]) => void;
}

export function UplProductsField({ id, topicName, uris, readOnly, onUris }: UplProductsFieldProps) {
  const [index, setIndex] = useState<NationalIndex | null>(null);
  const [typed, setTyped] = useState('');
  // The national list (47 KB gzip) loads only once the row has products or the admin searches.
  const wanted = uris.length > 0 || typed !== '';
  useEffect(() => {
    if (wanted) void loadNational().then(setIndex);
  }, [wanted]);
  const byUri = useMemo(() => new Map(index?.products.map((product) => [product.uri, product]) ?? []), [index]);
  const results: UplProduct[] =
    index && typed.trim() !== ''
      ? index
          .search(typed, MAX_RESULTS + uris.length)
          .filter((p) => !uris.includes(p.uri))
          .slice(0, MAX_RESULTS)
      : [];
  const resultsId = `${id}-resultaten`;
  return (
    <div class="upl-field">
      {uris.length > 0 && (
        <ul class="upl-chosen" aria-label={nl.uplChosen(topicName)}>
          {uris.map((uri) => (
            <li key={uri}>
              <span lang="nl">{byUri.get(uri)?.name ?? uri}</span>
              {!readOnly && (
                <button
                  type="button"
                  class="button button-small button-quiet"
                  onClick={() => onUris(uris.filter((other) => other !== uri))}
                >
                  {nl.remove}
                  <span class="visually-hidden"> {byUri.get(uri)?.name ?? uri}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <>
          <input
            id={id}
            class="input"
            type="search"
            aria-label={nl.uplSearch(topicName)}
            aria-describedby={resultsId}
            placeholder={nl.uplPlaceholder}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <div id={resultsId} aria-live="polite">
            {typed.trim() !== '' && index !== null && results.length === 0 && <p class="hint">{nl.uplNone}</p>}
            {results.length > 0 && (
              <ul class="upl-results" aria-label={nl.uplResults}>
                {results.map((product) => (
                  <li key={product.uri}>
                    <button
                      type="button"
                      class="button button-small button-quiet"
                      onClick={() => {
                        onUris([...uris, product.uri]);
                        setTyped('');
                        document.getElementById(id)?.focus();
                      }}
                    >
                      {nl.uplAdd} <span lang="nl">{product.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}
