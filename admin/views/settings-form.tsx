/**
 * "Instellingen": the counters for questions outside the division of tasks (national products and
 * everything else), and the websites (origins) that may send referrals and signals to the worker.
 * Both live in the draft's `settings`, so they are saved and published like the rest of the
 * content; the engine and the worker read them from the published version.
 */
import { useState } from 'preact/hooks';
import type { Content } from '../../core/content/schema';
import { FieldFrame, SelectField, fieldA11y } from '../components/fields';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { counterOptionsOf } from '../state/content-edits';
import { COUNTER_SETTINGS, counterSetting, setCounterSetting } from '../state/counter-settings';
import { addAllowedOrigin, allowedOrigins, removeAllowedOrigin } from '../state/settings-edits';
import { fieldId } from '../validation/field-paths';
import { ViewHeader } from './view-header';

const LIST_PATH = 'settings.allowedOrigins';
const NEW_ORIGIN_ID = 'nieuwe-website';
const ADD_BUTTON_ID = 'website-toevoegen';

function FieldErrors({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p class="field-error" id={id}>
      {messages.join(' ')}
    </p>
  );
}

function OriginList({ origins }: { origins: readonly string[] }) {
  const { draft, canEdit, fieldIssues, announce } = useAdmin();
  if (origins.length === 0) return <p>{nl.originsEmpty}</p>;
  return (
    <ul class="origin-list" aria-label={nl.originsListLabel}>
      {origins.map((origin, index) => {
        const path = `${LIST_PATH}.${index}`;
        const messages = fieldIssues.get(path);
        return (
          <li key={`${index}-${origin}`} class={`origin-item${messages ? ' field-invalid' : ''}`}>
            <span class="origin-address" id={fieldId(path)} tabIndex={-1}>
              {origin}
            </span>
            {canEdit && (
              <button
                type="button"
                class="button button-small button-quiet"
                onClick={() => {
                  draft.edit((d) => removeAllowedOrigin(d, index));
                  announce(nl.rowRemoved(origin));
                  document.getElementById(NEW_ORIGIN_ID)?.focus();
                }}
              >
                {nl.remove}
                <span class="visually-hidden"> {origin}</span>
              </button>
            )}
            <FieldErrors id={`${fieldId(path)}-fout`} messages={messages} />
          </li>
        );
      })}
    </ul>
  );
}

function AddOriginForm({ content }: { content: Content }) {
  const { draft, announce } = useAdmin();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const a11y = fieldA11y(NEW_ORIGIN_ID, error ? [error] : [], `${NEW_ORIGIN_ID}-uitleg`);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = addAllowedOrigin(content, typed);
    if (!result.ok) {
      setError(result.message);
      document.getElementById(NEW_ORIGIN_ID)?.focus();
      return;
    }
    draft.edit(() => result.content);
    setTyped('');
    setError(null);
    announce(nl.originAdded(result.origin));
  };

  return (
    <form class="add-origin-form" onSubmit={submit} noValidate>
      <FieldFrame {...a11y} label={nl.originNew} hint={nl.originNewHint}>
        <input
          id={NEW_ORIGIN_ID}
          class="input"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={typed}
          {...a11y.aria}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
      </FieldFrame>
      <div class="button-row">
        <button type="submit" class="button" id={ADD_BUTTON_ID}>
          {nl.originAdd}
        </button>
      </div>
    </form>
  );
}

/** Which counter the wegwijzer names when the table has no topic for a question. */
function CounterSettings({ content }: { content: Content }) {
  const { draft } = useAdmin();
  const options = counterOptionsOf(content);
  return (
    <section class="list-section" aria-labelledby="counter-settings-title">
      <h2 id="counter-settings-title">{nl.counterSettingsTitle}</h2>
      <p>{nl.counterSettingsIntro}</p>
      {COUNTER_SETTINGS.map((key) => (
        <SelectField
          key={key}
          path={`settings.${key}`}
          label={nl.counterSettings[key].label}
          hint={nl.counterSettings[key].hint}
          value={counterSetting(content, key)}
          options={options}
          emptyOption={nl.counterSettingNone}
          onValue={(counterId) => draft.edit((d) => setCounterSetting(d, key, counterId))}
        />
      ))}
    </section>
  );
}

export function SettingsForm() {
  const { draft, canEdit, fieldIssues } = useAdmin();
  const content = draft.state.edited as Content;
  const origins = allowedOrigins(content);
  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.settingsTitle} intro={nl.settingsIntro} />
      <CounterSettings content={content} />
      <section class="list-section" aria-labelledby="origins-title">
        <h2 id="origins-title">{nl.originsTitle}</h2>
        <p>{nl.originsIntro}</p>
        <OriginList origins={origins} />
        <FieldErrors id={`${fieldId(LIST_PATH)}-fout`} messages={fieldIssues.get(LIST_PATH)} />
        {canEdit && <AddOriginForm content={content} />}
      </section>
    </section>
  );
}
