/**
 * The list of problems at the top of the page after a save that could not go through. Each item
 * links to its field: the link opens the right view and moves focus into the field.
 */
import type { Ref } from 'preact';
import type { DiffSection } from '../../core/content/diff-content';
import type { ContentIssue } from '../../core/content/parse-content';
import type { Content } from '../../core/content/schema';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { formatRoute, navigate } from '../routing/hash-route';
import { fieldPathOf, itemNameOf, routeForIssue } from '../validation/field-paths';
import { fieldLabel } from '../format/diff-format';

/** 'Onderwerp "Geldzorgen of schulden", titel (Engels)'. */
function placeOf(issuePath: string, content: Content): string {
  const { section, name } = itemNameOf(issuePath, content);
  const noun = section in nl.itemNouns ? nl.itemNouns[section as DiffSection] : section;
  const parts = fieldPathOf(issuePath).split('.');
  const field = parts.slice(name === null ? 1 : 2).join('.');
  const item = name === null ? noun : `${noun} "${name}"`;
  return field === '' ? item : `${item}, ${fieldLabel(section as DiffSection, field)}`;
}

interface ErrorSummaryProps {
  issues: readonly ContentIssue[];
  focusRef: Ref<HTMLElement>;
}

export function ErrorSummary({ issues, focusRef }: ErrorSummaryProps) {
  const { draft, focusField } = useAdmin();
  const content = draft.state.edited;
  if (content === null) return null;
  return (
    <section class="error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={focusRef}>
      <h2 id="error-summary-title">{nl.errorSummaryTitle}</h2>
      <p>{nl.errorSummaryIntro(issues.length)}</p>
      <ul>
        {issues.map((issue, i) => {
          const route = routeForIssue(issue.path, content);
          const text = `${placeOf(issue.path, content)}: ${issue.message}`;
          return (
            <li key={`${issue.path}-${i}`}>
              {route ? (
                <a
                  href={formatRoute(route)}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(fieldPathOf(issue.path));
                    navigate(route);
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
