/**
 * A view with a list on the left and the chosen item's form on the right (counters, locations):
 * the heading with its "… toevoegen" button, the add form, the list, the detail pane and the
 * removal flow (a refusal naming what still uses the item, or a confirmation).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Content } from '../../core/content/schema';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { navigate, type View } from '../routing/hash-route';
import { addItem, removeItem, type ListItem } from '../state/content-edits';
import { ItemList } from './item-list';
import { ViewHeader } from './view-header';
import { AddItemForm } from '../components/add-item-form';
import { ConfirmDialog, Dialog } from '../components/dialog';

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
    create: (id: string, name: string) => ListItem<K>;
    announcement: (name: string) => string;
  };
  itemDetail: (item: ListItem<K>) => string;
  /** The chosen item's id; undefined chooses the first item. */
  selectedId: string | undefined;
  remove: {
    /** The detail pane's button. */
    label: (name: string) => string;
    /** What still uses the item, one line each; while there is any, removal is refused. */
    uses: (item: ListItem<K>) => { key: string; text: string }[];
    inUseTitle: (name: string) => string;
    inUseText: string;
    title: (name: string) => string;
    text: string;
    announcement: (name: string) => string;
  };
  renderFields: (item: ListItem<K>, index: number) => ComponentChildren;
}

export function MasterDetailView<K extends MasterDetailList>(props: MasterDetailViewProps<K>) {
  const { list, view, add, selectedId } = props;
  const { draft, canEdit, announce } = useAdmin();
  const content = draft.state.edited as Content;
  // Content[K] does not narrow for a generic K; it is the list of ListItem<K>, as in content-edits.
  const items = content[list] as readonly ListItem<K>[];
  const index = selectedId === undefined ? 0 : items.findIndex((item) => item.id === selectedId);
  const selected = items[index];
  const [adding, setAdding] = useState(false);
  const [removal, setRemoval] = useState<{ item: ListItem<K>; index: number; uses: { key: string; text: string }[] } | null>(null);
  const remove = props.remove;

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
                <h2 id="detail-title" tabIndex={-1}>
                  {selected.name || selected.id}
                </h2>
                {canEdit && (
                  <button
                    type="button"
                    class="button button-danger-quiet"
                    onClick={() => setRemoval({ item: selected, index, uses: remove.uses(selected) })}
                  >
                    {remove.label(selected.name || selected.id)}
                  </button>
                )}
              </div>
              {props.renderFields(selected, index)}
            </form>
          )}
        </div>
      </div>
      {removal !== null && removal.uses.length > 0 && (
        <Dialog title={remove.inUseTitle(removal.item.name)} onClose={() => setRemoval(null)}>
          <p>{remove.inUseText}</p>
          <ul class="plain-list">
            {removal.uses.map((use) => (
              <li key={use.key}>{use.text}</li>
            ))}
          </ul>
          <div class="dialog-actions">
            <button type="button" class="button button-primary" onClick={() => setRemoval(null)}>
              {nl.close}
            </button>
          </div>
        </Dialog>
      )}
      {removal !== null && removal.uses.length === 0 && (
        <ConfirmDialog
          title={remove.title(removal.item.name)}
          confirmLabel={nl.remove}
          danger
          onCancel={() => setRemoval(null)}
          returnFocus={() => document.getElementById('view-title')}
          onConfirm={() => {
            draft.edit((c) => removeItem(c, list, removal.index));
            announce(remove.announcement(removal.item.name));
            setRemoval(null);
            navigate({ view });
          }}
        >
          <p>{remove.text}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
