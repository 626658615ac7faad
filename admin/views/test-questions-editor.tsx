/**
 * The tenant's list of test questions, edited as a table and saved on its own (not part of the
 * draft). Checked with the same schema as the worker before it is sent.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatPath } from '../../core/content/parse-content';
import type { Content } from '../../core/content/schema';
import { TestQuestionsSchema, type TestQuestion } from '../../core/content/test-questions';
import { ErrorNotice } from '../components/error-notice';
import { SelectField, TextField } from '../components/fields';
import { ScrollTable } from '../components/scroll-table';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { counterOptionsOf } from '../state/content-edits';
import { issuesByField } from '../validation/field-paths';

export function TestQuestionsEditor() {
  const { testQuestions, draft, canEdit, announce, focusField } = useAdmin();
  const content = draft.state.edited as Content;
  const stored = testQuestions.state.status === 'ready' ? testQuestions.state.questions : null;
  const [rows, setRows] = useState<TestQuestion[]>(stored ?? []);
  const [issues, setIssues] = useState<Map<string, readonly string[]>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (stored) setRows(stored);
  }, [stored]);

  if (stored === null) return null;
  const counterOptions = counterOptionsOf(content);
  const topicOptions = content.topics.map((topic) => ({ value: topic.id, label: topic.title.nl || topic.id }));
  const setRow = (index: number, patch: Partial<TestQuestion>) =>
    setRows((all) =>
      all.map((row, i) => {
        if (i !== index) return row;
        const { topicId: _old, ...rest } = { ...row, ...patch };
        const topicId = 'topicId' in patch ? patch.topicId : row.topicId;
        return topicId ? { ...rest, topicId } : rest;
      }),
    );

  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const parsed = TestQuestionsSchema.safeParse({ questions: rows });
    if (!parsed.success) {
      const found = issuesByField(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
      setIssues(new Map(found));
      setError(nl.questionsInvalid);
      const first = [...found.keys()][0];
      if (first) focusField(first);
      return;
    }
    setBusy(true);
    const result = await testQuestions.save(parsed.data.questions);
    setBusy(false);
    if (result.ok) {
      setIssues(new Map());
      announce(nl.questionsSaved);
    } else {
      setIssues(new Map(issuesByField(result.error.issues ?? [])));
      setError(result.error.message);
    }
  };

  const q = nl.questionColumns;
  return (
    <details class="panel" id="edit-questions">
      <summary>
        <h2 class="summary-heading">{nl.editQuestionsTitle}</h2>
      </summary>
      <form onSubmit={save} noValidate>
        <ScrollTable labelId="edit-questions-caption" caption={nl.editQuestionsCaption} tableClass="table-edit">
          <thead>
            <tr>
              <th scope="col">{q.question}</th>
              <th scope="col">{q.counterId}</th>
              <th scope="col">{q.topicId}</th>
              <th scope="col">
                <span class="visually-hidden">{q.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const path = `questions.${index}`;
              return (
                <tr key={index}>
                  <td class="cell-wide">
                    <TextField
                      compact
                      path={`${path}.question`}
                      label={nl.questionLabel(index + 1)}
                      issues={issues.get(`${path}.question`) ?? []}
                      value={row.question}
                      onValue={(question) => setRow(index, { question })}
                    />
                  </td>
                  <td>
                    <SelectField
                      compact
                      path={`${path}.counterId`}
                      label={nl.expectedLabel(index + 1)}
                      issues={issues.get(`${path}.counterId`) ?? []}
                      value={row.counterId}
                      options={counterOptions}
                      onValue={(counterId) => setRow(index, { counterId })}
                    />
                  </td>
                  <td>
                    <SelectField
                      compact
                      path={`${path}.topicId`}
                      label={nl.topicLabel(index + 1)}
                      issues={issues.get(`${path}.topicId`) ?? []}
                      value={row.topicId ?? ''}
                      options={topicOptions}
                      emptyOption={nl.topicAny}
                      onValue={(topicId) => setRow(index, { topicId: topicId || undefined })}
                    />
                  </td>
                  <td>
                    {canEdit && (
                      <button
                        type="button"
                        class="button button-small button-quiet"
                        onClick={() => {
                          setRows((all) => all.filter((_, i) => i !== index));
                          document.getElementById('add-question')?.focus();
                        }}
                      >
                        {nl.removeQuestion(index + 1)}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
        {error && <ErrorNotice>{error}</ErrorNotice>}
        {canEdit && (
          <div class="button-row">
            <button
              type="button"
              class="button"
              id="add-question"
              onClick={() => {
                setRows((all) => [...all, { question: '', counterId: content.counters[0]?.id ?? '' }]);
                focusField(`questions.${rows.length}.question`);
              }}
            >
              {nl.addQuestion}
            </button>
            <button type="submit" class="button button-primary" disabled={busy}>
              {nl.saveQuestions}
            </button>
          </div>
        )}
      </form>
    </details>
  );
}
