import { exportFilename } from '../../core/export/export-filename.js';
import { sessionAttemptsToCsv } from '../../core/export/session-attempts-to-csv.js';
import { sessionToCsv } from '../../core/export/session-to-csv.js';
import { sessionToJson } from '../../core/export/session-to-json.js';
import { sessionToMarkdown } from '../../core/export/session-to-markdown.js';
import type { Session } from '../../core/schemas/session.js';
import { renderSessionPdfInWorker } from './render-session-pdf-in-worker.js';

/** `csv` has one row per question; `attempts-csv` one row per practice attempt. */
export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'attempts-csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A rendered export: what to send or write, and under which name. */
export type RenderedExport = { contentType: string; filename: string; body: string | Buffer };

type ExportKind = {
  contentType: string;
  extension: string;
  /** Tells apart two exports with the same extension (see exportFilename). */
  suffix?: string;
  render: (session: Session) => string | Promise<string | Buffer>;
};

const EXPORTS = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', render: sessionToJson },
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: 'md', render: sessionToMarkdown },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', render: sessionToCsv },
  'attempts-csv': {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    suffix: 'attempts',
    render: sessionAttemptsToCsv,
  },
  // In a worker thread, started on first use: a large session takes seconds of CPU to set.
  pdf: { contentType: 'application/pdf', extension: 'pdf', render: renderSessionPdfInWorker },
} as const satisfies Record<ExportFormat, ExportKind>;

/** Renders a session in one of the export formats, for a download or a file. */
export async function renderSessionExport(session: Session, format: ExportFormat): Promise<RenderedExport> {
  const kind: ExportKind = EXPORTS[format];
  const { contentType, extension, suffix, render } = kind;
  return { contentType, filename: exportFilename(session, extension, { suffix }), body: await render(session) };
}
