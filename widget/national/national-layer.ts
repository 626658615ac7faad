/**
 * The national product list in the page, loaded only when a question may need it (the table has
 * no confident answer, or it rests on a generic word, or the question has a word the table does
 * not know): its chunk is about as big as the rest of the widget, and most questions never need it.
 * Loaded once per page and shared by every <loket-wijzer> on it.
 */
import type { NationalIndex } from '../../core/national/national-index';

let loaded: NationalIndex | undefined;
let loading: Promise<NationalIndex | undefined> | undefined;

/** The national index once it has loaded; undefined before. */
export function loadedNational(): NationalIndex | undefined {
  return loaded;
}

/** Loads the national index; undefined when its chunk cannot be fetched (offline): the table still answers. */
export function loadNational(): Promise<NationalIndex | undefined> {
  // On failure `loading` is cleared, so the next question tries again.
  return (loading ??= import('../../core/national/shipped-national-index').then(
    (module) => (loaded = module.shippedNationalIndex()),
    () => (loading = undefined),
  ));
}
