/**
 * Host pages that enforce Trusted Types (`require-trusted-types-for 'script'`) refuse a plain
 * string as markup. The widget's only markup is its own templates' static text, never a value,
 * so its policy passes that text on as it is. Such a page allows the policy by name in its
 * Content-Security-Policy: `trusted-types loketwijzer`. Where the page does not allow it, or has
 * no Trusted Types at all, the markup stays a string, which is all those pages need.
 */
type Policy = { createHTML: (markup: string) => string };
type TrustedTypes = { createPolicy: (name: string, rules: Policy) => Policy };

let policy: Policy | null | undefined;

export function trustedHtml(markup: string): string {
  if (policy === undefined) {
    try {
      policy = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy('loketwijzer', { createHTML: (s) => s }) ?? null;
    } catch {
      // The page's policy names leave ours out, or a second copy of the widget made it already.
      policy = null;
    }
  }
  return policy ? policy.createHTML(markup) : markup;
}
