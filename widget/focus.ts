/**
 * Focus that waits for a render: the element with `id` under `root` gets focus once it is there.
 * Returns false while it is not rendered yet, so the caller tries again after the next render.
 */
export function focusRendered(root: ParentNode, id: string): boolean {
  const element = root.querySelector<HTMLElement>(`#${id}`);
  element?.focus();
  return element !== null;
}
