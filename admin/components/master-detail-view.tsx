/**
 * A view with a list on the left and the chosen item's form on the right (counters, locations):
 * the heading with its "… toevoegen" button, the add form, the list and the detail pane.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Content } from '../../core/content/schema';
import { useAdmin } from '../context';
import { navigate, type View } from '../routing/hash-route';
import { addItem, type ListItem } from '../state/content-edits';
import { ItemList } from '../views/item-list';
import { ViewHeader } from '../views/view-header';
import { AddItemForm } from './add-item-form';

type MasterDetailList = 'counters' | 'locations';

interface MasterDetailViewProps<K extends MasterDetailList> {
  list: K;
  /** The route of the list's links, and the one a new item opens on. */
  view: View;
  title: string;
  intro: string;
  listLabel: string;
  /** Shown in the detail pane when no item is chosen. */
  emptyText: string;
  add: {
    /** Prefix of the add form's element ids, e.g. "nieuw-loket". */
    idPrefix: string;
    title: string;
    nameLabel: string;
    /** Both the heading's button and the add form's submit button. */
    label: string;
    create(id: string, name: string): ListItem<K>;
    announcement(name: string): string;
  };
  itemDetail(item: ListItem<K>): string;
  selected: ListItem<K> | undefined;
  removeLabel(name: string): string;
  onRemove(item: ListItem<K>): void;
  renderFields(item: ListItem<K>): ComponentChildren;
  /** After the master-detail pane, e.g. the removal dialogs. */
  children?: ComponentChildren;
}

export function MasterDetailView<K extends MasterDetailList>(props: MasterDetailViewProps<K>) {
  const { list, view, add, selected } = props;
  const { draft, canEdit, announce } = useAdmin();
  const content = draft.state.edited as Content;
  // Content[K] does not narrow for a generic K; it is the list of ListItem<K>, as in content-edits.
  const items = content[list] as readonly ListItem<K>[];
  const [adding, setAdding] = useState(false);

  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={props.title} intro={props.intro}>
        {canEdit && !adding && (
          <button type="button" class="button" onClick={() => setAdding(true)}>
            {add.label}
          </button>
        )}
      </ViewHeader>
      {adding && (
        <AddItemForm
          idPrefix={add.idPrefix}
          title={add.title}
          nameLabel={add.nameLabel}
          existingIds={items.map((item) => item.id)}
          submitLabel={add.label}
          onCancel={() => setAdding(false)}
          onAdd={(id, name) => {
            draft.edit((c) => addItem(c, list, add.create(id, name)));
            setAdding(false);
            announce(add.announcement(name));
            navigate({ view, id });
          }}
        />
      )}
      <div class="master-detail">
        <ItemList
          label={props.listLabel}
          view={view}
          items={items.map((item) => ({ id: item.id, name: item.name || item.id, detail: props.itemDetail(item) }))}
          selectedId={selected?.id}
        />
        <div class="detail">
          {selected === undefined ? (
            <p>{props.emptyText}</p>
          ) : (
            <form class="detail-form" aria-labelledby="detail-title" onSubmit={(event) => event.preventDefault()}>
              <div class="detail-header">
                <h2 id="detail-title" tabIndex={-1}>{selected.name || selected.id}</h2>
                {canEdit && (
                  <button type="button" class="button button-danger-quiet" onClick={() => props.onRemove(selected)}>
                    {props.removeLabel(selected.name || selected.id)}
                  </button>
                )}
              </div>
              {props.renderFields(selected)}
            </form>
          )}
        </div>
      </div>
      {props.children}
    </section>
  );
}
