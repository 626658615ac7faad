/**
 * What every view needs from the app: the API client, the session and its rights, the draft
 * store, the validation of the edited draft, and the live region for status messages. The shell
 * provides it only once the draft has loaded, so views never see a draft that is not there.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient, Session } from './api/client';
import type { PublishedStore } from './state/published-store';
import type { LoadedDraftStore } from './state/draft-store';
import type { TestQuestionsStore } from './state/test-questions-store';
import type { DraftValidation } from './validation/validate-draft';
import type { IssuesByField } from './validation/field-paths';

export interface AdminContextValue {
  api: ApiClient;
  session: Session;
  canEdit: boolean;
  canPublish: boolean;
  draft: LoadedDraftStore;
  validation: DraftValidation;
  /** Local issues, and the server's issues of the last 422, per field path. */
  fieldIssues: IssuesByField;
  published: PublishedStore;
  testQuestions: TestQuestionsStore;
  /** Says a status message in the polite live region. */
  announce: (message: string) => void;
  /** Moves focus to a field once its view has rendered it. */
  focusField: (fieldPath: string) => void;
  /** The field the next render should focus, if any. */
  pendingFocus: string | null;
  /** Goes up after every save, publish, restore or import: lists of versions and audit entries reload. */
  revision: number;
  dataChanged: () => void;
}

export const AdminContext = createContext<AdminContextValue | null>(null);

export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (value === null) throw new Error('useAdmin() outside <AdminContext.Provider>, or before the draft has loaded.');
  return value;
}
