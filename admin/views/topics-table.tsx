/**
 * The division of tasks as a spreadsheet: one row per topic, edited in place. Search, filters and
 * sorting only change what is shown; edits go straight into the draft.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Content, Topic } from '../../core/content/schema';
import { ConfirmDialog } from '../components/dialog';
import { SelectField, TextField, type Option } from '../components/fields';
import { KeywordList } from '../components/keyword-list';
import { ScrollTable } from '../components/scroll-table';
import { useAdmin } from '../context';
import { nameOf } from '../format/name-of';
import { nl } from '../i18n/nl';
import { counterOptionsOf, removeItem, updateItem } from '../state/content-edits';
import { domainsOf, EMPTY_QUERY, nextSort, queryTopics, type TopicColumn, type TopicQuery } from './topics-query';
import { TopicAddForm } from './topic-add-form';
import { TopicsToolbar } from './topics-toolbar';
import { UplProductsField } from './upl-products-field';
import { ViewHeader } from './view-header';

const SORTABLE: { column: TopicColumn; label: string }[] = [
  { column: 'id', label: nl.topicColumns.id },
  { column: 'titleNl', label: nl.topicColumns.titleNl },
  { column: 'titleEn', label: nl.topicColumns.titleEn },
  { column: 'domain', label: nl.topicColumns.domain },
  { column: 'counter', label: nl.topicColumns.counter },
  { column: 'digitalHelp', label: nl.topicColumns.digitalHelp },
];

interface RowProps {
  topic: Topic;
  index: number;
  counterOptions: readonly Option[];
  domainOptions: readonly Option[];
  onRemove: (index: number) => void;
}

function TopicRow({ topic, index, counterOptions, domainOptions, onRemove }: RowProps) {
  const { draft, canEdit } = useAdmin();
  const name = topic.title.nl || topic.id;
  const path = `topics.${index}`;
  const set = (update: (t: Topic) => Topic) => draft.edit((content) => updateItem(content, 'topics', index, update));
  const c = nl.topicColumns;
  return (
    <tr>
      {/* The remove button sits with the id, in the column that stays in view while the table scrolls. */}
      <th scope="row" class="cell-id">
        <span class="cell-id-text">{topic.id}</span>
        {canEdit && (
          <button type="button" class="button button-small button-quiet" onClick={() => onRemove(index)}>
            {nl.remove}
            <span class="visually-hidden"> {name}</span>
          </button>
        )}
      </th>
      <td>
        <TextField
          compact
          wrap
          path={`${path}.title.nl`}
          label={nl.cellLabel(c.titleNl, name)}
          value={topic.title.nl}
          onValue={(nlTitle) => set((t) => ({ ...t, title: { ...t.title, nl: nlTitle } }))}
        />
      </td>
      <td>
        <TextField
          compact
          wrap
          path={`${path}.title.en`}
          label={nl.cellLabel(c.titleEn, name)}
          value={topic.title.en}
          onValue={(en) => set((t) => ({ ...t, title: { ...t.title, en } }))}
        />
      </td>
      <td>
        <SelectField
          compact
          path={`${path}.domain`}
          label={nl.cellLabel(c.domain, name)}
          value={topic.domain}
          options={domainOptions}
          onValue={(domain) => set((t) => ({ ...t, domain }))}
        />
      </td>
      <td>
        <SelectField
          compact
          path={`${path}.counter`}
          label={nl.cellLabel(c.counter, name)}
          value={topic.counter}
          options={counterOptions}
          onValue={(counter) => set((t) => ({ ...t, counter }))}
        />
      </td>
      <td>
        <SelectField
          compact
          path={`${path}.digitalHelp`}
          label={nl.cellLabel(c.digitalHelp, name)}
          value={topic.digitalHelp ?? ''}
          options={counterOptions}
          emptyOption={nl.noDigitalHelp}
          onValue={(help) => set(({ digitalHelp: _old, ...t }) => (help === '' ? t : { ...t, digitalHelp: help }))}
        />
      </td>
      <td>
        <KeywordList
          path={`${path}.keywords`}
          label={nl.cellLabel(c.keywords, name)}
          items={topic.keywords}
          onItems={(keywords) => set((t) => ({ ...t, keywords }))}
        />
      </td>
      <td>
        <UplProductsField
          id={`upl-${topic.id}`}
          topicName={name}
          uris={topic.uplUris ?? []}
          readOnly={!canEdit}
          onUris={(uplUris) => set(({ uplUris: _old, ...t }) => (uplUris.length === 0 ? t : { ...t, uplUris }))}
        />
      </td>
    </tr>
  );
}

export function TopicsTable() {
  const { draft, canEdit, announce, pendingFocus } = useAdmin();
  const content = draft.state.edited as Content;
  const [query, setQuery] = useState<TopicQuery>(EMPTY_QUERY);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);

  const { counters, topics } = content;
  const counterOptions = useMemo(() => counterOptionsOf({ counters }), [counters]);
  const domains = useMemo(() => domainsOf(topics), [topics]);
  const domainOptions = useMemo(() => domains.map((domain) => ({ value: domain, label: domain })), [domains]);
  const rows = useMemo(
    () => queryTopics(topics, query, (id) => nameOf([counters], id, (counter) => counter.name)),
    [topics, counters, query],
  );

  // A link from the error summary to a topic that the filters hide: show all topics.
  useEffect(() => {
    if (!pendingFocus?.startsWith('topics.')) return;
    const index = Number(pendingFocus.split('.')[1]);
    if (!rows.some((row) => row.index === index)) setQuery(EMPTY_QUERY);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new link shows all topics; filtering afterwards must not undo it
  }, [pendingFocus]);

  const removingTopic = removing === null ? undefined : content.topics[removing];

  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.topicsTitle} intro={nl.topicsIntro}>
        {canEdit && !adding && (
          <button type="button" class="button" id="add-topic" onClick={() => setAdding(true)}>
            {nl.addTopic}
          </button>
        )}
      </ViewHeader>

      {adding && (
        <TopicAddForm
          initialDomain={query.domain || domains[0] || ''}
          initialCounter={query.counter || content.counters[0]?.id || ''}
          domains={domains}
          counterOptions={counterOptions}
          onDone={(added) => {
            setAdding(false);
            if (added) setQuery(EMPTY_QUERY);
          }}
        />
      )}

      <TopicsToolbar
        query={query}
        onQuery={setQuery}
        counterOptions={counterOptions}
        domainOptions={domainOptions}
        shown={rows.length}
        total={content.topics.length}
      />

      <ScrollTable
        labelId="topics-caption"
        caption={nl.topicsTableCaption}
        tableClass="table-edit"
        id="topics-region"
        after={rows.length === 0 && <p class="table-empty">{nl.topicsNoMatch}</p>}
      >
        <thead>
          <tr>
            {SORTABLE.map(({ column, label }) => {
              const sorted = query.sort?.column === column ? query.sort.direction : undefined;
              return (
                <th key={column} scope="col" aria-sort={sorted} class={`col-${column}`}>
                  <button type="button" class="sort-button" onClick={() => setQuery({ ...query, sort: nextSort(query.sort, column) })}>
                    {label}
                    <span class="sort-icon" aria-hidden="true">
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" class="col-keywords">
              {nl.topicColumns.keywords}
            </th>
            <th scope="col" class="col-upl">
              {nl.topicColumns.upl}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ topic, index }) => (
            <TopicRow
              key={topic.id + index}
              topic={topic}
              index={index}
              counterOptions={counterOptions}
              domainOptions={domainOptions}
              onRemove={setRemoving}
            />
          ))}
        </tbody>
      </ScrollTable>

      {removingTopic !== undefined && removing !== null && (
        <ConfirmDialog
          title={nl.removeTopicTitle(removingTopic.title.nl || removingTopic.id)}
          confirmLabel={nl.remove}
          danger
          onCancel={() => setRemoving(null)}
          returnFocus={() => document.getElementById('topics-region')}
          onConfirm={() => {
            const title = removingTopic.title.nl || removingTopic.id;
            draft.edit((c) => removeItem(c, 'topics', removing));
            setRemoving(null);
            announce(nl.topicRemoved(title));
          }}
        >
          <p>{nl.removeTopicText}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
