/** Search and filters above the topics table; the count of shown topics is a polite status. */
import type { Option } from '../components/fields';
import { nl } from '../i18n/nl';
import { EMPTY_QUERY, type TopicQuery } from './topics-query';

interface TopicsToolbarProps {
  query: TopicQuery;
  onQuery: (query: TopicQuery) => void;
  counterOptions: readonly Option[];
  domainOptions: readonly Option[];
  shown: number;
  total: number;
}

export function TopicsToolbar({ query, onQuery, counterOptions, domainOptions, shown, total }: TopicsToolbarProps) {
  const filtered = query.search !== '' || query.counter !== '' || query.domain !== '';
  return (
    <div class="toolbar" role="search" aria-label={nl.topicsSearch}>
      <div class="field">
        <label class="field-label" for="topics-search">
          {nl.topicsSearch}
        </label>
        <input
          id="topics-search"
          class="input"
          type="search"
          aria-describedby="topics-search-hint"
          value={query.search}
          onInput={(event) => onQuery({ ...query, search: event.currentTarget.value })}
        />
        <p class="field-hint" id="topics-search-hint">
          {nl.topicsSearchHint}
        </p>
      </div>
      <div class="field">
        <label class="field-label" for="topics-counter">
          {nl.topicsFilterCounter}
        </label>
        <select
          id="topics-counter"
          class="input"
          value={query.counter}
          onChange={(event) => onQuery({ ...query, counter: event.currentTarget.value })}
        >
          <option value="">{nl.topicsFilterAll}</option>
          {counterOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field-label" for="topics-domain">
          {nl.topicsFilterDomain}
        </label>
        <select
          id="topics-domain"
          class="input"
          value={query.domain}
          onChange={(event) => onQuery({ ...query, domain: event.currentTarget.value })}
        >
          <option value="">{nl.topicsFilterAll}</option>
          {domainOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div class="toolbar-end">
        <p class="toolbar-count" role="status">
          {nl.topicsCount(shown, total)}
        </p>
        {filtered && (
          <button type="button" class="button button-small" onClick={() => onQuery({ ...EMPTY_QUERY, sort: query.sort })}>
            {nl.topicsClearFilters}
          </button>
        )}
      </div>
    </div>
  );
}
