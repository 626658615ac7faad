/**
 * "Onderwerp toevoegen": a Dutch title, an id, a domain (existing or new) and a counter. The new
 * row gets focus on its English title, the first field it still needs.
 */
import { useState } from 'preact/hooks';
import type { Topic } from '../../core/content/schema';
import { AddItemForm } from '../components/add-item-form';
import type { Option } from '../components/fields';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { addItem } from '../state/content-edits';

interface TopicAddFormProps {
  initialDomain: string;
  initialCounter: string;
  domains: readonly string[];
  counterOptions: readonly Option[];
  /** `added` is false when the admin cancelled. */
  onDone: (added: boolean) => void;
}

export function TopicAddForm({ initialDomain, initialCounter, domains, counterOptions, onDone }: TopicAddFormProps) {
  const { draft, announce, focusField } = useAdmin();
  const [domain, setDomain] = useState(initialDomain);
  const [counter, setCounter] = useState(initialCounter);
  const topics = draft.state.edited.topics;
  return (
    <AddItemForm
      idPrefix="nieuw-onderwerp"
      title={nl.addTopicTitle}
      nameLabel={nl.topicColumns.titleNl}
      existingIds={topics.map((topic) => topic.id)}
      submitLabel={nl.addTopic}
      onCancel={() => onDone(false)}
      onAdd={(id, title) => {
        const topic: Topic = { id, domain: domain.trim(), title: { nl: title, en: '' }, keywords: [], counter };
        draft.edit((content) => addItem(content, 'topics', topic));
        onDone(true);
        announce(nl.topicAdded(title));
        focusField(`topics.${topics.length}.title.en`);
      }}
    >
      <div class="field">
        <label class="field-label" for="nieuw-onderwerp-domein">
          {nl.domainNew}
        </label>
        <p class="field-hint" id="nieuw-onderwerp-domein-uitleg">
          {nl.domainHint}
        </p>
        <input
          id="nieuw-onderwerp-domein"
          class="input"
          list="bestaande-domeinen"
          aria-describedby="nieuw-onderwerp-domein-uitleg"
          value={domain}
          onInput={(event) => setDomain(event.currentTarget.value)}
        />
        <datalist id="bestaande-domeinen">
          {domains.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label class="field-label" for="nieuw-onderwerp-loket">
          {nl.topicColumns.counter}
        </label>
        <select id="nieuw-onderwerp-loket" class="input" value={counter} onChange={(event) => setCounter(event.currentTarget.value)}>
          {counterOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </AddItemForm>
  );
}
