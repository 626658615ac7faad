/** Voorbeeldstad with UPL products on a few topics, as a tenant that records them has. */
import type { Content } from '../../../core/content/schema';

export const UPL = {
  paspoort: 'http://standaarden.overheid.nl/owms/terms/paspoort',
  identiteitskaart: 'http://standaarden.overheid.nl/owms/terms/identiteitskaart',
  rijbewijs: 'http://standaarden.overheid.nl/owms/terms/rijbewijs',
  bijstand: 'http://standaarden.overheid.nl/owms/terms/bijstand',
} as const;

const PRODUCTS: Record<string, string[]> = {
  'paspoort-id-kaart': [UPL.paspoort, UPL.identiteitskaart],
  rijbewijs: [UPL.rijbewijs, UPL.paspoort],
  'wmo-hulp-thuis': [UPL.bijstand],
};

export function withUplProducts(content: Content): Content {
  return {
    ...content,
    topics: content.topics.map((topic) => (PRODUCTS[topic.id] ? { ...topic, uplUris: PRODUCTS[topic.id] } : topic)),
  };
}
