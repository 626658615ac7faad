/**
 * The national index of the list shipped in data/national, loaded once per isolate (worker) or
 * page (widget, where this module is loaded lazily) and shared by all tenants.
 */
import serialised from '../../data/national/national-index.json';
import { loadNationalIndex, type NationalIndex, type SerialisedNationalIndex } from './national-index';

let shared: NationalIndex | undefined;

export function shippedNationalIndex(): NationalIndex {
  shared ??= loadNationalIndex(serialised as SerialisedNationalIndex);
  return shared;
}
