/**
 * The logged-in app: header, navigation, the draft bar with save and publish, and the view of the
 * current route. It owns the stores and hands them to the views through AdminContext.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApiClient, type Session } from './api/client';
import type { StoredLogin } from './auth/stored-login';
import { AppHeader } from './components/app-header';
import { ConflictPanel } from './components/conflict-panel';
import { ConfirmDialog } from './components/dialog';
import { DraftBar } from './components/draft-bar';
import { ErrorNotice } from './components/error-notice';
import { ErrorSummary } from './components/error-summary';
import { PublishDialog } from './components/publish-dialog';
import { AdminContext, type AdminContextValue } from './context';
import { nl } from './i18n/nl';
import { useHashRoute, type Route } from './routing/hash-route';
import { useRouteFocus } from './routing/use-route-focus';
import { useDraftStore } from './state/draft-store';
import { usePublishedStore } from './state/published-store';
import { useLeaveWarning } from './state/use-leave-warning';
import { useTestQuestionsStore } from './state/test-questions-store';
import { issuesByField } from './validation/field-paths';
import { validateDraft, type DraftValidation } from './validation/validate-draft';
import { AuditView } from './views/audit-view';
import { CountersForm } from './views/counters-form';
import { FeedbackView } from './views/feedback-view';
import { FiguresView } from './views/figures-view';
import { ImportView } from './views/import-view';
import { ListsForm } from './views/lists-form';
import { LocationsForm } from './views/locations-form';
import { SettingsForm } from './views/settings-form';
import { TestPanel } from './views/test-panel';
import { TokensView } from './views/tokens-view';
import { TopicsTable } from './views/topics-table';
import { VersionsView } from './views/versions-view';

interface AdminShellProps {
  login: StoredLogin;
  session: Session;
  onLogout: (notice?: string) => void;
}

const EMPTY_VALIDATION: DraftValidation = { ok: false, issues: [] };

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'onderwerpen':
      return <TopicsTable />;
    case 'loketten':
      return <CountersForm selectedId={route.id} />;
    case 'locaties':
      return <LocationsForm selectedId={route.id} />;
    case 'signalen':
      return <ListsForm />;
    case 'test':
      return <TestPanel />;
    case 'meldingen':
      return <FeedbackView />;
    case 'versies':
      return <VersionsView />;
    case 'logboek':
      return <AuditView />;
    case 'import':
      return <ImportView />;
    case 'cijfers':
      return <FiguresView />;
    case 'instellingen':
      return <SettingsForm />;
    case 'sleutels':
      return <TokensView />;
  }
}

export function AdminShell({ login, session, onLogout }: AdminShellProps) {
  const api = useMemo(() => createApiClient(login), [login]);
  const draft = useDraftStore(api);
  const published = usePublishedStore(api);
  const testQuestions = useTestQuestionsStore(api);
  const route = useHashRoute();
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [showSummary, setShowSummary] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [confirmLogout, setConfirmLogout] = useState(false);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);

  const { role } = session.actor;
  const canEdit = role === 'editor' || role === 'publisher';
  const canPublish = role === 'publisher';
  const { edited } = draft.state;

  const validation = useMemo(() => (edited === null ? EMPTY_VALIDATION : validateDraft(edited)), [edited]);
  const allIssues = useMemo(() => [...validation.issues, ...draft.state.serverIssues], [validation, draft.state.serverIssues]);
  const fieldIssues = useMemo(() => issuesByField(allIssues), [allIssues]);

  const announce = useCallback((message: string) => {
    // Emptied first, so the same message twice is read out twice.
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  }, []);

  const loadDraft = async () => {
    const outcome = await draft.load();
    if (outcome.ok) setLoadError(null);
    else if (outcome.status === 401) onLogout(nl.sessionExpired);
    else setLoadError(outcome.error.message);
  };

  useEffect(() => {
    void loadDraft();
    void published.reload();
    void testQuestions.reload();
    // Once per login.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the loaders are new every render; `api` is new per login
  }, [api]);

  useRouteFocus(route, pendingFocus, () => setPendingFocus(null));

  useEffect(() => {
    document.title = nl.documentTitle(nl.views[route.view], session.tenant.name);
  }, [route.view, session.tenant.name]);

  useLeaveWarning(draft.dirty, nl.leaveWarning);

  useEffect(() => {
    if (showSummary && allIssues.length === 0) setShowSummary(false);
  }, [showSummary, allIssues.length]);

  const save = async () => {
    if (!validation.ok) {
      setShowSummary(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    announce(nl.saving);
    const outcome = await draft.save();
    switch (outcome.kind) {
      case 'saved':
        setShowSummary(false);
        setRevision((n) => n + 1);
        announce(nl.saved);
        break;
      case 'conflict':
        announce(nl.conflictTitle);
        requestAnimationFrame(() => document.getElementById('conflict-title')?.focus());
        break;
      case 'invalid':
        setShowSummary(true);
        announce(nl.saveInvalidServer);
        requestAnimationFrame(() => summaryRef.current?.focus());
        break;
      case 'failed':
        if (outcome.status === 401) onLogout(nl.sessionExpired);
        else announce(outcome.status === 403 ? nl.saveForbidden : outcome.error.message);
        break;
      case 'unchanged':
        break;
    }
  };

  const context: AdminContextValue = {
    api,
    session,
    canEdit,
    canPublish,
    draft,
    validation,
    fieldIssues,
    published,
    testQuestions,
    announce,
    focusField: setPendingFocus,
    pendingFocus,
    revision,
    dataChanged: () => setRevision((n) => n + 1),
  };

  return (
    <AdminContext.Provider value={context}>
      <a class="skip-link" href="#inhoud">
        {nl.skipToContent}
      </a>
      <AppHeader session={session} current={route.view} onLogout={() => (draft.dirty ? setConfirmLogout(true) : onLogout())} />
      {draft.state.edited !== null && <DraftBar status={status} onSave={save} onPublish={() => setPublishing(true)} />}
      <main id="inhoud" class="app-main" tabIndex={-1}>
        {loadError !== null ? (
          <ErrorNotice block>
            <p>{loadError}</p>
            <button type="button" class="button" onClick={() => void loadDraft()}>
              {nl.retry}
            </button>
          </ErrorNotice>
        ) : draft.state.edited === null ? (
          <p class="loading">{nl.loading}</p>
        ) : (
          <>
            {draft.state.conflict !== null && <ConflictPanel />}
            {showSummary && allIssues.length > 0 && <ErrorSummary focusRef={summaryRef} issues={allIssues} />}
            <CurrentView route={route} />
          </>
        )}
      </main>
      {publishing && (
        <PublishDialog
          onClose={() => setPublishing(false)}
          onPublished={(version) => {
            setPublishing(false);
            setRevision((n) => n + 1);
            announce(nl.published(version));
            void published.reload();
            void loadDraft();
          }}
        />
      )}
      {confirmLogout && (
        <ConfirmDialog
          title={nl.logoutConfirmTitle}
          confirmLabel={nl.logout}
          danger
          onCancel={() => setConfirmLogout(false)}
          onConfirm={() => onLogout()}
        >
          <p>{nl.logoutConfirmText}</p>
        </ConfirmDialog>
      )}
    </AdminContext.Provider>
  );
}
