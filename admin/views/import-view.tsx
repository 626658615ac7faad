/**
 * Export (topics as CSV for Excel, the whole content as JSON, the directory as HSDS 3.0) and the
 * CSV import: choose a file, see what it would change and which rows have errors, then apply.
 */
import { useState } from 'preact/hooks';
import type { ApiResult, CsvImportReport } from '../api/client';
import { DataTable } from '../components/data-table';
import { ErrorNotice } from '../components/error-notice';
import { useAdmin } from '../context';
import { saveFile } from '../format/save-file';
import { nl } from '../i18n/nl';
import { ViewHeader } from './view-header';

type Check = { status: 'idle' } | { status: 'busy' } | { status: 'done'; report: CsvImportReport } | { status: 'error'; message: string };

function ImportReport({ report }: { report: CsvImportReport }) {
  const { added, removed, changed } = report.changes;
  const nothing = added.length + removed.length + changed.length === 0;
  return (
    <div class="import-report">
      <h3>{nl.importPreviewTitle}</h3>
      {nothing && <p>{nl.importNoChanges}</p>}
      {added.length > 0 && (
        <>
          <h4>
            {nl.importAdded} ({added.length})
          </h4>
          <ul class="plain-list">
            {added.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        </>
      )}
      {removed.length > 0 && (
        <>
          <h4>
            {nl.importRemoved} ({removed.length})
          </h4>
          <ul class="plain-list">
            {removed.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        </>
      )}
      {changed.length > 0 && (
        <>
          <h4>
            {nl.importChanged} ({changed.length})
          </h4>
          <ul class="plain-list">
            {changed.map((change) => (
              <li key={change.id}>
                {change.id}: {nl.changedFields(change.fields.join(', '))}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.errors.length > 0 && (
        <ErrorNotice block inFocusedRegion>
          <h3>{nl.importErrorsTitle}</h3>
          <p>{nl.importErrorsIntro}</p>
          <DataTable
            captionId="import-errors-caption"
            caption={nl.importErrorsCaption}
            short
            rows={report.errors}
            rowKey={(_, index) => index}
            columns={[
              { key: 'row', header: nl.importErrorColumns.row, cell: (error) => error.row },
              { key: 'column', header: nl.importErrorColumns.column, cell: (error) => error.column },
              { key: 'message', header: nl.importErrorColumns.message, cell: (error) => error.message },
            ]}
          />
        </ErrorNotice>
      )}
    </div>
  );
}

export function ImportView() {
  const { api, draft, canEdit, announce, dataChanged } = useAdmin();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const [applying, setApplying] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const tenant = api.tenant;

  /** JSON is indented, so that it reads well in an editor and diffs well in version control. */
  const download = async (get: () => Promise<ApiResult<Blob>>, fileName: string) => {
    setExportError(null);
    const result = await get();
    if (!result.ok) {
      setExportError(result.error.message || nl.exportFailed);
      return;
    }
    if (!fileName.endsWith('.json')) {
      saveFile(result.data, fileName);
      return;
    }
    try {
      const pretty = JSON.stringify(JSON.parse(await result.data.text()), null, 2);
      saveFile(new Blob([`${pretty}\n`], { type: 'application/json' }), fileName);
    } catch {
      saveFile(result.data, fileName);
    }
  };

  const runCheck = async (text: string) => {
    setCheck({ status: 'busy' });
    const result = await api.previewTopicsCsv(text);
    if (result.ok) setCheck({ status: 'done', report: result.data });
    else if (result.error.issues === undefined && result.status !== 422) setCheck({ status: 'error', message: result.error.message });
    else
      setCheck({
        status: 'done',
        report: {
          changes: { added: [], removed: [], changed: [] },
          errors: (result.error.issues ?? []).map((issue) => ({ row: 0, column: issue.path, message: issue.message })),
        },
      });
    requestAnimationFrame(() => document.getElementById('import-result')?.focus());
  };

  const apply = async () => {
    if (file === null) return;
    setApplying(true);
    const result = await api.applyTopicsCsv(file.text, draft.state.etag);
    setApplying(false);
    if (result.ok && result.data.errors.length === 0) {
      await draft.load();
      dataChanged();
      setFile(null);
      setCheck({ status: 'idle' });
      announce(nl.importApplied);
    } else if (result.ok) {
      setCheck({ status: 'done', report: result.data });
    } else if (result.status === 412) {
      await draft.load();
      announce(nl.importStale);
      void runCheck(file.text);
    } else {
      setCheck({ status: 'error', message: result.error.message });
    }
  };

  const report = check.status === 'done' ? check.report : null;
  const canApply = report !== null && report.errors.length === 0 && !draft.dirty && canEdit;

  return (
    <section class="view" aria-labelledby="view-title">
      <ViewHeader title={nl.importTitle} />
      <section class="panel" aria-labelledby="export-title">
        <h2 id="export-title">{nl.exportTitle}</h2>
        <p>{nl.exportIntro}</p>
        <p id="csv-format">{nl.csvFormat}</p>
        <div class="button-row">
          <button type="button" class="button" onClick={() => void download(api.downloadTopicsCsv, `onderwerpen-${tenant}.csv`)}>
            {nl.exportCsv}
          </button>
          <button type="button" class="button" onClick={() => void download(api.downloadDraft, `inhoud-${tenant}.json`)}>
            {nl.exportJson}
          </button>
          <button type="button" class="button" onClick={() => void download(api.downloadHsds, `adresgids-${tenant}.hsds.json`)}>
            {nl.exportHsds}
          </button>
        </div>
        {exportError && <ErrorNotice>{exportError}</ErrorNotice>}
      </section>

      {canEdit && (
        <section class="panel" aria-labelledby="import-title">
          <h2 id="import-title">{nl.importCsvTitle}</h2>
          <p>{nl.importIntro}</p>
          <div class="field import-field">
            <label class="field-label" for="import-file">
              {nl.importFile}
            </label>
            <p class="field-hint" id="import-file-hint">
              {file ? nl.importChosen(file.name) : nl.importFileHint}
            </p>
            <input
              id="import-file"
              class="input input-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="import-file-hint"
              onChange={async (event) => {
                const input = event.currentTarget;
                const chosen = input.files?.[0];
                if (!chosen) return;
                const text = await chosen.text();
                // Emptied, so choosing the same file again after editing it checks it again.
                input.value = '';
                setFile({ name: chosen.name, text });
                void runCheck(text);
              }}
            />
          </div>
          {check.status === 'busy' && <p>{nl.importChecking}</p>}
          <div id="import-result" tabIndex={-1} class="import-result">
            {check.status === 'error' && <ErrorNotice inFocusedRegion>{check.message}</ErrorNotice>}
            {report && <ImportReport report={report} />}
          </div>
          {report && report.errors.length === 0 && (
            <div class="button-row">
              <button
                type="button"
                class="button button-primary"
                disabled={!canApply || applying}
                aria-describedby={draft.dirty ? 'import-save-first' : undefined}
                onClick={() => void apply()}
              >
                {nl.importApply}
              </button>
              {draft.dirty && (
                <p class="field-hint" id="import-save-first">
                  {nl.importSaveFirst}
                </p>
              )}
            </div>
          )}
        </section>
      )}
    </section>
  );
}
