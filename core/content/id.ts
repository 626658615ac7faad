/**
 * The rule for every id: lower-case words joined by single hyphens, safe in URLs, CSV and D1 keys.
 * Free of zod, so the widget can check a tenant id without loading it.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;
