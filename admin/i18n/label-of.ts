/**
 * The words for a code the API sends as a plain string (an audit action, a referral status, a
 * counter kind), or undefined for a code this version of the admin does not know yet. The label
 * tables themselves are typed by their codes (`satisfies Record<Role, string>`), so a missing or
 * misspelt code fails the typecheck.
 */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(labels, code) ? labels[code] : undefined;
}
