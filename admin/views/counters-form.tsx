/**
 * The counters: a list to pick from and a form with every field of the chosen counter. A counter
 * that topics or recognition cues still use cannot be removed; the refusal names them.
 */
import { APPOINTMENT_KINDS, COUNTER_KINDS, type Content, type Counter } from '../../core/content/schema';
import { CheckboxGroup, ListField, SelectField, TextAreaField, TextField } from '../components/fields';
import { MasterDetailView } from './master-detail-view';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { counterUses, emptyCounter, optionalText, updateItem, type CounterUse } from '../state/content-edits';

const KIND_OPTIONS = COUNTER_KINDS.map((kind) => ({ value: kind, label: nl.counterKinds[kind] }));
const APPOINTMENT_OPTIONS = APPOINTMENT_KINDS.map((kind) => ({ value: kind, label: nl.appointmentKinds[kind] }));

function CounterFields({ counter, index, content }: { counter: Counter; index: number; content: Content }) {
  const { draft } = useAdmin();
  const f = nl.counterFields;
  const path = `counters.${index}`;
  const set = (update: Partial<Counter>) =>
    draft.edit((c) => updateItem(c, 'counters', index, (item) => stripUndefined({ ...item, ...update })));
  const locationOptions = content.locations.map((location) => ({ value: location.id, label: location.name || location.id }));
  return (
    <div class="form-grid">
      <TextField path={`${path}.id`} label={f.id} value={counter.id} locked onValue={() => undefined} />
      <SelectField
        path={`${path}.kind`}
        label={f.kind}
        value={counter.kind}
        options={KIND_OPTIONS}
        onValue={(kind) => set({ kind: kind as Counter['kind'] })}
      />
      <TextField path={`${path}.name`} label={f.name} value={counter.name} onValue={(name) => set({ name })} />
      <TextField
        path={`${path}.organisation`}
        label={`${f.organisation} ${nl.optional}`}
        value={counter.organisation ?? ''}
        onValue={(value) => set({ organisation: optionalText(value) })}
      />
      <TextAreaField
        class="span-2"
        path={`${path}.summary`}
        label={f.summary}
        value={counter.summary}
        onValue={(summary) => set({ summary })}
      />
      <ListField
        class="span-2"
        separator="line"
        path={`${path}.helpsWith`}
        label={f.helpsWith}
        hint={nl.oneperLine}
        items={counter.helpsWith}
        onItems={(helpsWith) => set({ helpsWith })}
      />
      <ListField
        class="span-2"
        separator="line"
        path={`${path}.doesNot`}
        label={f.doesNot}
        hint={nl.oneperLine}
        items={counter.doesNot}
        onItems={(doesNot) => set({ doesNot })}
      />
      <ListField
        class="span-2"
        separator="line"
        path={`${path}.bring`}
        label={f.bring}
        hint={nl.oneperLine}
        items={counter.bring}
        onItems={(bring) => set({ bring })}
      />
      <CheckboxGroup
        class="span-2"
        path={`${path}.locationIds`}
        legend={f.locationIds}
        options={locationOptions}
        selected={counter.locationIds}
        onSelected={(locationIds) => set({ locationIds })}
      />
      <TextField
        path={`${path}.phone`}
        label={`${f.phone} ${nl.optional}`}
        type="tel"
        autoComplete="off"
        value={counter.phone ?? ''}
        onValue={(value) => set({ phone: optionalText(value) })}
      />
      <TextField
        path={`${path}.email`}
        label={`${f.email} ${nl.optional}`}
        type="email"
        value={counter.email ?? ''}
        onValue={(value) => set({ email: optionalText(value) })}
      />
      <TextField
        path={`${path}.website`}
        label={`${f.website} ${nl.optional}`}
        type="url"
        value={counter.website ?? ''}
        onValue={(value) => set({ website: optionalText(value) })}
      />
      <SelectField
        path={`${path}.appointment`}
        label={f.appointment}
        value={counter.appointment}
        options={APPOINTMENT_OPTIONS}
        onValue={(appointment) => set({ appointment: appointment as Counter['appointment'] })}
      />
      <TextAreaField
        class="span-2"
        path={`${path}.handover`}
        label={`${f.handover} ${nl.optional}`}
        hint={nl.handoverHint}
        value={counter.handover ?? ''}
        onValue={(value) => set({ handover: optionalText(value) })}
      />
    </div>
  );
}

/** Optional fields set to undefined leave the object, so the JSON has no `"phone": undefined`. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function usesText(use: CounterUse): string {
  if (use.kind === 'setting') return nl.counterInUseSetting(nl.counterSettings[use.id].label);
  return use.kind === 'cue'
    ? nl.counterInUseCue(use.name)
    : nl.counterInUseTopic(use.name, use.role === 'digitalHelp' ? 'digitalHelp' : 'counter');
}

export function CountersForm({ selectedId }: { selectedId: string | undefined }) {
  const { draft } = useAdmin();
  const content = draft.state.edited as Content;

  const topicCount = (id: string) => content.topics.filter((topic) => topic.counter === id || topic.digitalHelp === id).length;

  return (
    <MasterDetailView
      list="counters"
      view="loketten"
      title={nl.countersTitle}
      intro={nl.countersIntro}
      listLabel={nl.countersList}
      emptyText={nl.selectCounter}
      add={{
        idPrefix: 'nieuw-loket',
        title: nl.addCounterTitle,
        nameLabel: nl.counterFields.name,
        label: nl.addCounter,
        create: emptyCounter,
        announcement: nl.counterAdded,
      }}
      itemDetail={(c) => nl.counterUsedBy(topicCount(c.id))}
      selectedId={selectedId}
      remove={{
        label: nl.removeCounter,
        uses: (c) => counterUses(content, c.id).map((use) => ({ key: `${use.kind}-${use.id}-${use.role}`, text: usesText(use) })),
        inUseTitle: nl.counterInUseTitle,
        inUseText: nl.counterInUseText,
        title: nl.removeCounterTitle,
        text: nl.removeCounterText,
        announcement: nl.counterRemoved,
      }}
      renderFields={(c, index) => <CounterFields key={c.id} counter={c} index={index} content={content} />}
    />
  );
}
