/** The tenant's test questions with their expected counter, loaded once and saved as a whole. */
import { useCallback, useState } from 'preact/hooks';
import type { ApiClient, ApiError, ApiResult, TestQuestion } from '../api/client';

export type TestQuestionsState =
  { status: 'loading' } | { status: 'ready'; questions: TestQuestion[] } | { status: 'error'; error: ApiError };

export function useTestQuestionsStore(api: ApiClient) {
  const [state, setState] = useState<TestQuestionsState>({ status: 'loading' });
  const reload = useCallback(async () => {
    const result = await api.getTestQuestions();
    setState(result.ok ? { status: 'ready', questions: result.data.questions } : { status: 'error', error: result.error });
  }, [api]);
  const save = useCallback(
    async (questions: TestQuestion[]): Promise<ApiResult<unknown>> => {
      const result = await api.saveTestQuestions(questions);
      if (result.ok) setState({ status: 'ready', questions: result.data?.questions ?? questions });
      return result;
    },
    [api],
  );
  return { state, reload, save };
}

export type TestQuestionsStore = ReturnType<typeof useTestQuestionsStore>;
