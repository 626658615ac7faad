/** The list on the left of a master-detail view: links to "#/loketten/<id>", the chosen one marked. */
import { formatRoute, type View } from '../routing/hash-route';

interface ItemListProps {
  label: string;
  view: View;
  items: readonly { id: string; name: string; detail?: string }[];
  selectedId: string | undefined;
}

export function ItemList({ label, view, items, selectedId }: ItemListProps) {
  return (
    <nav class="item-list" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={formatRoute({ view, id: item.id })} aria-current={item.id === selectedId ? 'true' : undefined}>
              <span class="item-name">{item.name}</span>
              {item.detail && <span class="item-detail">{item.detail}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
