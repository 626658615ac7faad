/**
 * Form controls bound to a path in the draft. Each one gets its id from the path, shows the
 * validation messages for that path right below itself, and links them with aria-invalid and
 * aria-describedby. In table cells the label is an aria-label instead of a visible <label>.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { deepEqual } from '../../core/content/diff-content';
import { useAdmin } from '../context';
import { joinList, splitList } from '../state/content-edits';
import { fieldId } from '../validation/field-paths';

interface BaseFieldProps {
  /** Path in the draft, e.g. "topics.3.title.nl": gives the id and the validation messages. */
  path: string;
  label: string;
  hint?: string;
  /** Table cells: the label is read out, not shown. */
  compact?: boolean;
  class?: string;
  /** Messages for a field outside the draft (test questions); by default the draft's issues at `path`. */
  issues?: readonly string[];
}

/** What ties a field's hint and errors to its input: `aria` names the error first, then the hint. */
export function fieldA11y(id: string, messages: readonly string[], hintId?: string, errorId = `${id}-fout`) {
  const shownErrorId = messages.length > 0 ? errorId : undefined;
  return {
    id,
    messages,
    hintId,
    errorId: shownErrorId,
    aria: {
      'aria-invalid': messages.length > 0 ? ('true' as const) : undefined,
      'aria-describedby': [shownErrorId, hintId].filter(Boolean).join(' ') || undefined,
    },
  };
}

function useFieldA11y(path: string, hint: string | undefined, compact: boolean | undefined, issues: readonly string[] | undefined) {
  const { fieldIssues, canEdit } = useAdmin();
  const id = fieldId(path);
  const a11y = fieldA11y(id, issues ?? fieldIssues.get(path) ?? [], hint && !compact ? `${id}-uitleg` : undefined);
  return { ...a11y, readOnly: !canEdit, inputProps: { id, ...a11y.aria } };
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  hintId?: string;
  errorId?: string;
  messages: readonly string[];
  compact?: boolean;
  class?: string;
  children: ComponentChildren;
}

export function FieldFrame({ id, label, hint, hintId, errorId, messages, compact, class: className, children }: FieldFrameProps) {
  return (
    <div class={`field${compact ? ' field-compact' : ''}${messages.length > 0 ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      {!compact && (
        <label class="field-label" for={id}>
          {label}
        </label>
      )}
      {hintId && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children}
      {errorId && (
        <p class="field-error" id={errorId}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps extends BaseFieldProps {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'url' | 'tel';
  inputMode?: 'text' | 'numeric' | 'email' | 'url' | 'tel';
  autoComplete?: string;
  /** Ids may not change for items that others refer to. */
  locked?: boolean;
  size?: number;
  /** Show a long single line wrapped over two lines (table cells). */
  wrap?: boolean;
}

export function TextField({
  path,
  label,
  hint,
  compact,
  class: className,
  issues,
  value,
  onValue,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  locked,
  size,
  wrap,
}: TextFieldProps) {
  const a11y = useFieldA11y(path, hint, compact, issues);
  const common = {
    ...a11y.inputProps,
    class: 'input',
    value,
    readOnly: a11y.readOnly || locked,
    'aria-label': compact ? label : undefined,
  };
  return (
    <FieldFrame {...a11y} label={label} hint={hint} compact={compact} class={className}>
      {wrap ? (
        // One line of text that may wrap in a narrow cell: Enter and pasted line breaks become spaces.
        <textarea
          {...common}
          rows={2}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          onInput={(event) => onValue(event.currentTarget.value.replace(/\s*\n\s*/g, ' '))}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellcheck={type === 'text' ? undefined : false}
          size={size}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends BaseFieldProps {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
}

export function TextAreaField({ path, label, hint, compact, class: className, issues, value, onValue, rows = 3 }: TextAreaFieldProps) {
  const a11y = useFieldA11y(path, hint, compact, issues);
  return (
    <FieldFrame {...a11y} label={label} hint={hint} compact={compact} class={className}>
      <textarea
        {...a11y.inputProps}
        class="input"
        rows={rows}
        value={value}
        readOnly={a11y.readOnly}
        aria-label={compact ? label : undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends BaseFieldProps {
  value: string;
  options: readonly Option[];
  onValue: (value: string) => void;
  /** A first option for "nothing chosen", e.g. "Geen". */
  emptyOption?: string;
}

export function SelectField({
  path,
  label,
  hint,
  compact,
  class: className,
  issues,
  value,
  options,
  onValue,
  emptyOption,
}: SelectFieldProps) {
  const a11y = useFieldA11y(path, hint, compact, issues);
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <FieldFrame {...a11y} label={label} hint={hint} compact={compact} class={className}>
      <select
        {...a11y.inputProps}
        class="input"
        value={value}
        disabled={a11y.readOnly}
        aria-label={compact ? label : undefined}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {!known && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface ListFieldProps extends BaseFieldProps {
  items: readonly string[];
  onItems: (items: string[]) => void;
  /** Keywords: one line, separated by commas. Longer items: one per line. */
  separator: 'comma' | 'line';
  rows?: number;
}

/**
 * A list edited as text. The text the admin types is kept as typed (a trailing comma or an empty
 * new line stays); the list in the draft follows it on every keystroke.
 */
export function ListField({ path, label, hint, compact, class: className, issues, items, onItems, separator, rows = 4 }: ListFieldProps) {
  const a11y = useFieldA11y(path, hint, compact, issues);
  const [text, setText] = useState(() => joinList(items, separator));
  useEffect(() => {
    if (!deepEqual(splitList(text, separator), items)) setText(joinList(items, separator));
    // Only a change from outside (discard, conflict, import) resets the text: `text` is left out on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [items, separator]);
  const onText = (value: string) => {
    setText(value);
    onItems(splitList(value, separator));
  };
  const common = {
    ...a11y.inputProps,
    class: 'input',
    value: text,
    readOnly: a11y.readOnly,
    'aria-label': compact ? label : undefined,
  };
  return (
    <FieldFrame {...a11y} label={label} hint={hint} compact={compact} class={className}>
      {separator === 'comma' && compact ? (
        <textarea {...common} rows={2} onInput={(event) => onText(event.currentTarget.value)} />
      ) : separator === 'comma' ? (
        <input {...common} type="text" onInput={(event) => onText(event.currentTarget.value)} />
      ) : (
        <textarea
          {...common}
          rows={Math.min(Math.max(rows, items.length + 1), 12)}
          onInput={(event) => onText(event.currentTarget.value)}
        />
      )}
    </FieldFrame>
  );
}

interface CheckboxGroupProps {
  path: string;
  legend: string;
  options: readonly Option[];
  selected: readonly string[];
  onSelected: (selected: string[]) => void;
  class?: string;
}

/** A fieldset of checkboxes; its issues show under the legend, linked to the first box. */
export function CheckboxGroup({ path, legend, options, selected, onSelected, class: className }: CheckboxGroupProps) {
  const { fieldIssues, canEdit } = useAdmin();
  const id = fieldId(path);
  const messages = fieldIssues.get(path) ?? [];
  const errorId = messages.length > 0 ? `${id}-fout` : undefined;
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the order of the options, so the JSON does not change by clicking around.
    onSelected(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      class={`checkbox-group${messages.length > 0 ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={errorId}
    >
      <legend class="field-label">{legend}</legend>
      {errorId && (
        <p class="field-error" id={errorId}>
          {messages.join(' ')}
        </p>
      )}
      <div class="checkbox-options">
        {options.map((option, i) => (
          <label class="checkbox" key={option.value}>
            <input
              id={i === 0 ? id : `${id}-${option.value}`}
              type="checkbox"
              checked={selected.includes(option.value)}
              disabled={!canEdit}
              aria-invalid={messages.length > 0 ? 'true' : undefined}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
