/**
 * The national products (UPL, Uniforme Productnamenlijst) that the tenant's topics name, as the
 * HSDS taxonomy `UPL`: one term per product URI, and on each counter's service an attribute per
 * product that one of its topics covers, so an HSDS client can find the counter by product.
 */
import type { Content } from '../content/schema';

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  term_uri: string;
  language: 'nl';
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: 'upl_product';
  link_entity: 'service';
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface UplTaxonomy {
  taxonomy: HsdsTaxonomy;
  terms: HsdsTaxonomyTerm[];
  /** The attributes of each counter's service, by counter id. */
  attributesByCounter: Map<string, HsdsAttribute[]>;
}

export const UPL_TAXONOMY_NAME = 'UPL';
const UPL_URI = 'https://standaarden.overheid.nl/owms/terms/UniformeProductnaam';

/** The product's own name in the URI (`…/owms/terms/paspoort` is `paspoort`), readable without the list. */
function productCode(uri: string): string {
  const segment = uri.replace(/\/+$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function uplTaxonomy(
  content: Pick<Content, 'topics'>,
  id: (...parts: string[]) => string,
  serviceId: (counterId: string) => string,
): UplTaxonomy {
  const taxonomy: HsdsTaxonomy = {
    id: id('taxonomy', UPL_TAXONOMY_NAME),
    name: UPL_TAXONOMY_NAME,
    description: 'Uniforme Productnamenlijst: de landelijke lijst van producten en diensten van de overheid.',
    uri: UPL_URI,
  };
  const topicsByUri = new Map<string, string[]>();
  for (const topic of content.topics) {
    for (const uri of new Set(topic.uplUris ?? [])) topicsByUri.set(uri, [...(topicsByUri.get(uri) ?? []), topic.title.nl]);
  }
  const terms = [...topicsByUri].map(([uri, titles]): HsdsTaxonomyTerm => {
    const code = productCode(uri);
    return {
      id: id('taxonomy_term', UPL_TAXONOMY_NAME, uri),
      code,
      name: code.replace(/[_-]+/g, ' '),
      description: `Product van de Uniforme Productnamenlijst; bij onderwerp: ${titles.join(', ')}.`,
      taxonomy: UPL_TAXONOMY_NAME,
      taxonomy_id: taxonomy.id,
      term_uri: uri,
      language: 'nl',
    };
  });
  const termByUri = new Map(terms.map((term) => [term.term_uri, term]));

  const attributesByCounter = new Map<string, HsdsAttribute[]>();
  for (const topic of content.topics) {
    const attributes = attributesByCounter.get(topic.counter) ?? [];
    for (const uri of topic.uplUris ?? []) {
      const term = termByUri.get(uri);
      if (!term || attributes.some((attribute) => attribute.taxonomy_term_id === term.id)) continue;
      attributes.push({
        id: id('attribute', topic.counter, uri),
        link_id: serviceId(topic.counter),
        link_type: 'upl_product',
        link_entity: 'service',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      });
    }
    attributesByCounter.set(topic.counter, attributes);
  }
  return { taxonomy, terms, attributesByCounter };
}
