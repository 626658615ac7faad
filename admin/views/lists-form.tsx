/**
 * The short lists desks pick from: recognition cues (with the counter they point to), the desks
 * that refer, and the signal categories. Ids of saved items stay fixed, because records of
 * referrals and signals refer to them; a new row's id can be typed until it is saved.
 */
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

function CuesTable({ content }: { content: Content }) {
  const { draft, canEdit, focusField } = useAdmin();
  const saved = useSavedIds('recognitionCues');
  const c = nl.cueColumns;
  const counterOptions = counterOptionsOf(content);
  return (
    <section class="list-section" aria-labelledby="cues-title">
      <h2 id="cues-title">{nl.cuesTitle}</h2>
      <p>{nl.cuesIntro}</p>
      <ScrollTable labelId="cues-title" short tableClass="table-edit">
        <thead>
          <tr>
            <th scope="col" class="col-id">
              {c.id}
            </th>
            <th scope="col" class="col-text">
              {c.textNl}
            </th>
            <th scope="col" class="col-text">
              {c.textEn}
            </th>
            <th scope="col" class="col-counter">
              {c.suggests}
            </th>
            <th scope="col">
              <span class="visually-hidden">{nl.topicColumns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </ScrollTable>
      {canEdit && (
        <button
          type="button"
          class="button"
          id="add-cue"
          onClick={() => {
            const id = freeId(content.recognitionCues, 'nieuw-herkenningspunt');
            draft.edit((d) => addItem(d, 'recognitionCues', { id, text: { nl: '', en: '' }, suggests: content.counters[0]?.id ?? '' }));
            focusField(`recognitionCues.${content.recognitionCues.length}.text.nl`);
          }}
        >
          {nl.addCue}
        </button>
      )}
    </section>
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
  const { draft, canEdit, focusField } = useAdmin();
  const saved = useSavedIds(list);
  const c = nl.nameColumns;
  const titleId = `${list}-title`;
  const addId = `add-${list}`;
  return (
    <section class="list-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p>{intro}</p>
      <ScrollTable labelId={titleId} short tableClass="table-edit table-narrow">
        <thead>
          <tr>
            <th scope="col" class="col-id">
              {c.id}
            </th>
            <th scope="col" class="col-text">
              {c.name}
            </th>
            <th scope="col">
              <span class="visually-hidden">{nl.topicColumns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </ScrollTable>
      {canEdit && (
        <button
          type="button"
          class="button"
          id={addId}
          onClick={() => {
            draft.edit((d) => addItem(d, list, { id: freeId(content[list], stem), name: '' }));
            focusField(`${list}.${content[list].length}.name`);
          }}
        >
          {addLabel}
        </button>
      )}
    </section>
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
