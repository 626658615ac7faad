/**
 * Keywords as separate items: each one a chip with its own remove button, and a field that adds
 * one (or a few, typed with commas) on Enter. Replaces a comma-separated text box in which one
 * stray comma split a keyword in two and a long list could not be read at a glance.
 */
import { useState } from 'preact/hooks';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { fieldId } from '../validation/field-paths';
import { fieldA11y } from './fields';
import { newKeywords } from '../state/new-keywords';

interface KeywordListProps {
  /** Path in the draft, e.g. "topics.3.keywords": gives the id and the validation messages. */
  path: string;
  /** What the list is, with the item it belongs to: "Trefwoorden van DigiD aanvragen". */
  label: string;
  items: readonly string[];
  onItems: (items: string[]) => void;
}

export function KeywordList({ path, label, items, onItems }: KeywordListProps) {
  const { fieldIssues, canEdit } = useAdmin();
  const [typed, setTyped] = useState('');
  const id = fieldId(path);
  const a11y = fieldA11y(id, fieldIssues.get(path) ?? []);
  const add = () => {
    const added = newKeywords(typed, items);
    if (added.length > 0) onItems([...items, ...added]);
    setTyped('');
  };
  const remove = (index: number) => {
    onItems(items.filter((_, i) => i !== index));
    // The button that had focus is gone: focus goes to the add field, which stays put.
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  return (
    <div class={`field field-compact keywords${a11y.messages.length > 0 ? ' field-invalid' : ''}`} role="group" aria-label={label}>
      <ul class="keyword-list">
        {items.map((item, index) => (
          <li class="keyword" key={`${item}-${index}`}>
            <span class="keyword-text">{item}</span>
            {canEdit && (
              <button
                type="button"
                class="keyword-remove"
                aria-label={nl.keywordRemove(item)}
                title={nl.keywordRemove(item)}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div class="keyword-add">
          <input
            id={id}
            class="input"
            type="text"
            autoComplete="off"
            aria-label={nl.keywordAddLabel(label)}
            placeholder={nl.keywordAddPlaceholder}
            {...a11y.aria}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
          />
          <button type="button" class="button button-small" onClick={add}>
            {nl.keywordAdd}
            <span class="visually-hidden"> {label}</span>
          </button>
        </div>
      )}
      {a11y.errorId && (
        <p class="field-error" id={a11y.errorId}>
          {a11y.messages.join(' ')}
        </p>
      )}
    </div>
  );
}
