/** The name of `id` in the first list that has it; the id itself when none has it. */
export function nameOf<T extends { id: string }>(
  lists: ReadonlyArray<readonly T[] | null | undefined>,
  id: string,
  name: (item: T) => string,
): string {
  for (const list of lists) {
    const found = list?.find((item) => item.id === id);
    if (found) return name(found);
  }
  return id;
}
