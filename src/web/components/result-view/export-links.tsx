const FORMATS = [
  { format: 'json', label: 'JSON' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'pdf', label: 'PDF' },
] as const;

/** Download links for a saved session (the server sets the filename). */
export function ExportLinks({ sessionId }: { sessionId: string }) {
  return (
    <div className="export-links" role="group" aria-label="Export this session">
      <span className="muted small">Export:</span>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          className="button button-small"
          href={`/api/sessions/${encodeURIComponent(sessionId)}/export?format=${format}`}
          download
        >
          {label}
        </a>
      ))}
    </div>
  );
}
