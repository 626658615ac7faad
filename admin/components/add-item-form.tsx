/**
 * The small form behind "… toevoegen": a name and an id (suggested from the name), checked with
 * the schema's IdSchema and against the ids already in use. Views add their own extra fields.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { IdSchema } from '../../core/content/schema';
import { nl } from '../i18n/nl';
import { slugify } from '../state/content-edits';
import { FieldFrame, fieldA11y } from './fields';

interface AddItemFormProps {
  /** Prefix of the element ids, e.g. "nieuw-onderwerp". */
  idPrefix: string;
  title: string;
  nameLabel: string;
  existingIds: readonly string[];
  submitLabel: string;
  /** Extra fields between the name and the buttons; they start with a valid value. */
  children?: ComponentChildren;
  onAdd: (id: string, name: string) => void;
  onCancel: () => void;
}

export function AddItemForm({ idPrefix, title, nameLabel, existingIds, submitLabel, children, onAdd, onCancel }: AddItemFormProps) {
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  const nameId = `${idPrefix}-naam`;
  const idId = `${idPrefix}-id`;
  const submit = (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (name.trim() === '') found[nameId] = nl.validation.required;
    const parsedId = IdSchema.safeParse(id);
    if (id === '') found[idId] = nl.validation.required;
    else if (!parsedId.success) found[idId] = parsedId.error.issues[0]?.message ?? nl.validation.required;
    else if (existingIds.includes(id)) found[idId] = nl.newIdTaken;
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      document.getElementById(first)?.focus();
      return;
    }
    onAdd(id, name.trim());
  };

  const a11yOf = (fieldId: string, hintId?: string) => {
    const error = errors[fieldId];
    return fieldA11y(fieldId, error ? [error] : [], hintId);
  };
  const nameA11y = a11yOf(nameId);
  const idA11y = a11yOf(idId, `${idId}-uitleg`);

  return (
    <form class="add-form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-titel`}>
      <h2 id={`${idPrefix}-titel`} class="add-form-title">
        {title}
      </h2>
      <div class="add-form-fields">
        <FieldFrame {...nameA11y} label={nameLabel}>
          <input
            id={nameId}
            ref={nameRef}
            class="input"
            value={name}
            {...nameA11y.aria}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setName(value);
              if (!idTouched) setId(slugify(value));
            }}
          />
        </FieldFrame>
        <FieldFrame {...idA11y} label={nl.newId} hint={nl.newIdHint}>
          <input
            id={idId}
            class="input"
            value={id}
            spellcheck={false}
            {...idA11y.aria}
            onInput={(event) => {
              setId(event.currentTarget.value);
              setIdTouched(true);
            }}
          />
        </FieldFrame>
        {children}
      </div>
      <div class="button-row">
        <button type="submit" class="button button-primary">
          {submitLabel}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {nl.cancel}
        </button>
      </div>
    </form>
  );
}
