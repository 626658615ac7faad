/**
 * The reduction with its Dutch word lists, as a chunk of its own: the desk loads it when it first
 * shows what will be kept, never in the first download of widget.js.
 */
export { reduceFreeText } from '../../core/privacy/reduce-free-text';
export { tenantWords } from '../../core/privacy/tenant-words';
