// What an import would do, before the user confirms it: how many people are added, updated
// and skipped, the first of each, and every skipped row with its line and why.
import type { ImportPreview, ImportPreviewRow } from '../src/formats/import-plan';

export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const writes = preview.counts.added + preview.counts.updated;
  return (
    <>
      <ul class="counts">
        <li>
          <span class="badge">{preview.counts.added.toLocaleString()}</span> to add
        </li>
        <li>
          <span class="badge">{preview.counts.updated.toLocaleString()}</span> to update
        </li>
        <li>
          <span class="badge muted-badge">{preview.counts.skipped.toLocaleString()}</span> skipped
        </li>
      </ul>
      <PreviewTable caption="New people" rows={preview.added} total={preview.counts.added} />
      <PreviewTable caption="Already in Rapport, to update" rows={preview.updated} total={preview.counts.updated} />
      {preview.skipped.length > 0 && (
        <details class="skipped" open={writes === 0}>
          <summary>
            Skipped rows ({preview.counts.skipped.toLocaleString()}
            {preview.counts.skipped > preview.skipped.length ? `, first ${preview.skipped.length} shown` : ''})
          </summary>
          <ul>
            {preview.skipped.map((row) => (
              <li key={row.line}>
                <span class="num">Line {row.line}</span> {row.label && <strong>{row.label}</strong>} — {row.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function PreviewTable({ caption, rows, total }: { caption: string; rows: ImportPreviewRow[]; total: number }) {
  if (rows.length === 0) return null;
  return (
    <table class="data-table">
      <caption>
        {caption}
        {total > rows.length ? ` (first ${rows.length} of ${total.toLocaleString()})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Name</th>
          <th scope="col">Role and organization</th>
          {rows.some((r) => r.changes) && <th scope="col">Changes</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.profileUrl}>
            <td class="num">{row.line}</td>
            <td>{row.name}</td>
            <td>{[row.role, row.organization].filter(Boolean).join(' at ')}</td>
            {row.changes !== undefined && <td>{row.changes}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
