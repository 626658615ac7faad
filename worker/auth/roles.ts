/** Who may do what in the admin API: each role can do everything the roles before it can. */

export const ROLES = ['viewer', 'editor', 'publisher'] as const;
export type Role = (typeof ROLES)[number];

/** The person or tool behind a request, as the audit log names it. */
export interface Actor {
  /** A token's label or an Access e-mail address. */
  label: string;
  role: Role;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(actual: Role, needed: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}

/** A grant covers a tenant when it names that tenant or every tenant ('*'). */
export const ALL_TENANTS = '*';

export function coversTenant(grantTenant: string, tenantId: string): boolean {
  return grantTenant === ALL_TENANTS || grantTenant === tenantId;
}
