import { termText, type TermList } from '../../../../core/routing/topic-postings';

/** The index's terms as strings, in index order. */
export const termsOf = (list: TermList): string[] => Array.from({ length: list.termCount }, (_, at) => termText(list, at));
