/**
 * The address of a tenant's resource in the API. A module of its own: widget.js needs it for the
 * bundle, while the JSON calls of api-result.ts are for the forms and load with them.
 */
export function apiUrl(api: string, tenant: string, path: string): string {
  return `${api.replace(/\/+$/, '')}/api/v1/tenants/${encodeURIComponent(tenant)}${path}`;
}
