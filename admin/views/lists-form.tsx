/**
 * The short lists desks pick from: recognition cues (with the counter they point to), the desks
 * that refer, and the signal categories. Ids of saved items stay fixed, because records of
 * referrals and signals refer to them; a new row's id can be typed until it is saved.
 */
import type { ComponentChildren } from 'preact';
import type { Content } from '../../core/content/schema';
import { SelectField, TextField } from '../components/fields';
import { ScrollTable } from '../components/scroll-table';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { addItem, counterOptionsOf, freeId, removeItem, updateItem } from '../state/content-edits';
import { ViewHeader } from './view-header';

type NamedList = 'sourceDesks' | 'signalCategories';

function useSavedIds(list: 'recognitionCues' | NamedList): Set<string> {
  const { draft } = useAdmin();
  return new Set((draft.state.base?.[list] ?? []).map((item) => item.id));
}

/** A saved id is fixed and shown as the row's header; a new row's id can be typed. */
function IdCell({
  path,
  label,
  id,
  saved,
  onValue,
}: {
  path: string;
  label: string;
  id: string;
  saved: boolean;
  onValue: (id: string) => void;
}) {
  if (saved) {
    return (
      <th scope="row" class="cell-id">
        {id}
      </th>
    );
  }
  return (
    <td class="cell-id">
      <TextField compact path={path} label={label} value={id} onValue={onValue} />
    </td>
  );
}

/** Removes the row at once, announces it and moves focus to the table's add button. */
function RemoveButton({ list, index, name, addId }: { list: 'recognitionCues' | NamedList; index: number; name: string; addId: string }) {
  const { draft, canEdit, announce } = useAdmin();
  if (!canEdit) return null;
  const onRemove = () => {
    draft.edit((d) => removeItem(d, list, index));
    announce(nl.rowRemoved(name));
    document.getElementById(addId)?.focus();
  };
  return (
    <button type="button" class="button button-small button-quiet" onClick={onRemove}>
      {nl.remove}
      <span class="visually-hidden"> {name}</span>
    </button>
  );
}

interface ListSectionProps {
  titleId: string;
  title: string;
  intro: string;
  tableClass: string;
  /** The data columns; a last one, headed for screen readers only, holds the remove buttons. */
  columns: readonly { key: string; label: string; class: string }[];
  add: { id: string; label: string; onAdd: () => void };
  /** The table rows. */
  children: ComponentChildren;
}

/** One short list: its heading, an editable table named by that heading, and the add button. */
function ListSection({ titleId, title, intro, tableClass, columns, add, children }: ListSectionProps) {
  const { canEdit } = useAdmin();
  return (
    <section class="list-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p>{intro}</p>
      <ScrollTable labelId={titleId} short tableClass={tableClass}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" class={column.class}>
                {column.label}
              </th>
            ))}
            <th scope="col">
              <span class="visually-hidden">{nl.topicColumns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </ScrollTable>
      {canEdit && (
        <button type="button" class="button" id={add.id} onClick={add.onAdd}>
          {add.label}
        </button>
      )}
    </section>
  );
}

function CuesTable({ content }: { content: Content }) {
  const { draft, focusField } = useAdmin();
  const saved = useSavedIds('recognitionCues');
  const c = nl.cueColumns;
  const counterOptions = counterOptionsOf(content);
  const add = () => {
    const id = freeId(content.recognitionCues, 'nieuw-herkenningspunt');
    draft.edit((d) => addItem(d, 'recognitionCues', { id, text: { nl: '', en: '' }, suggests: content.counters[0]?.id ?? '' }));
    focusField(`recognitionCues.${content.recognitionCues.length}.text.nl`);
  };
  return (
    <ListSection
      titleId="cues-title"
      title={nl.cuesTitle}
      intro={nl.cuesIntro}
      tableClass="table-edit"
      columns={[
        { key: 'id', label: c.id, class: 'col-id' },
        { key: 'text-nl', label: c.textNl, class: 'col-text' },
        { key: 'text-en', label: c.textEn, class: 'col-text' },
        { key: 'suggests', label: c.suggests, class: 'col-counter' },
      ]}
      add={{ id: 'add-cue', label: nl.addCue, onAdd: add }}
    >
      {content.recognitionCues.map((cue, index) => {
        const name = cue.text.nl || cue.id || nl.unnamed;
        const path = `recognitionCues.${index}`;
        const set = (update: (cueItem: typeof cue) => typeof cue) => draft.edit((d) => updateItem(d, 'recognitionCues', index, update));
        return (
          <tr key={index}>
            <IdCell
              path={`${path}.id`}
              label={nl.cellLabel(c.id, name)}
              id={cue.id}
              saved={saved.has(cue.id)}
              onValue={(id) => set((x) => ({ ...x, id }))}
            />
            <td>
              <TextField
                compact
                wrap
                path={`${path}.text.nl`}
                label={nl.cellLabel(c.textNl, name)}
                value={cue.text.nl}
                onValue={(text) => set((x) => ({ ...x, text: { ...x.text, nl: text } }))}
              />
            </td>
            <td>
              <TextField
                compact
                wrap
                path={`${path}.text.en`}
                label={nl.cellLabel(c.textEn, name)}
                value={cue.text.en}
                onValue={(text) => set((x) => ({ ...x, text: { ...x.text, en: text } }))}
              />
            </td>
            <td>
              <SelectField
                compact
                path={`${path}.suggests`}
                label={nl.cellLabel(c.suggests, name)}
                value={cue.suggests}
                options={counterOptions}
                onValue={(suggests) => set((x) => ({ ...x, suggests }))}
              />
            </td>
            <td>
              <RemoveButton list="recognitionCues" index={index} name={name} addId="add-cue" />
            </td>
          </tr>
        );
      })}
    </ListSection>
  );
}

function NamesTable({
  content,
  list,
  title,
  intro,
  stem,
  addLabel,
}: {
  content: Content;
  list: NamedList;
  title: string;
  intro: string;
  stem: string;
  addLabel: string;
}) {
  const { draft, focusField } = useAdmin();
  const saved = useSavedIds(list);
  const c = nl.nameColumns;
  const addId = `add-${list}`;
  const add = () => {
    draft.edit((d) => addItem(d, list, { id: freeId(content[list], stem), name: '' }));
    focusField(`${list}.${content[list].length}.name`);
  };
  return (
    <ListSection
      titleId={`${list}-title`}
      title={title}
      intro={intro}
      tableClass="table-edit table-narrow"
      columns={[
        { key: 'id', label: c.id, class: 'col-id' },
        { key: 'name', label: c.name, class: 'col-text' },
      ]}
      add={{ id: addId, label: addLabel, onAdd: add }}
    >
      {content[list].map((item, index) => {
        const name = item.name || item.id || nl.unnamed;
        const path = `${list}.${index}`;
        const set = (patch: Partial<typeof item>) => draft.edit((d) => updateItem(d, list, index, (x) => ({ ...x, ...patch })));
        return (
          <tr key={index}>
            <IdCell
              path={`${path}.id`}
              label={nl.cellLabel(c.id, name)}
              id={item.id}
              saved={saved.has(item.id)}
              onValue={(id) => set({ id })}
            />
            <td>
              <TextField
                compact
                path={`${path}.name`}
                label={nl.cellLabel(c.name, name)}
                value={item.name}
                onValue={(value) => set({ name: value })}
              />
            </td>
            <td>
              <RemoveButton list={list} index={index} name={name} addId={addId} />
            </td>
          </tr>
        );
      })}
    </ListSection>
  );
}

export function ListsForm() {
  const { draft } = useAdmin();
  const content = draft.state.edited as Content;
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.listsTitle} intro={nl.listsIntro} />
      <CuesTable content={content} />
      <NamesTable
        content={content}
        list="sourceDesks"
        title={nl.sourceDesksTitle}
        intro={nl.sourceDesksIntro}
        stem="nieuwe-balie"
        addLabel={nl.addSourceDesk}
      />
      <NamesTable
        content={content}
        list="signalCategories"
        title={nl.signalCategoriesTitle}
        intro={nl.signalCategoriesIntro}
        stem="nieuw-signaal"
        addLabel={nl.addSignalCategory}
      />
    </section>
  );
}
