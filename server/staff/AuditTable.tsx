import { chinaDateTime } from '../../src/dates/china.ts';
import type { AuditEntry } from '../requests/repository.ts';
import { staffText } from './text.ts';

/** A change's fields as the table shows them, one per line; "（空）" for a value cleared. */
function changes(record: Record<string, unknown> | null): string {
  if (!record) return '—';
  return Object.entries(record).map(([key, item]) => `${key}: ${item === null ? '（空）' : String(item)}`).join('\n');
}

/**
 * A record's audit entries (a request's, a question's): when, who, what, and the fields before and after, under the
 * heading `title`, in a region that scrolls sideways on a phone rather than the page. `action` names an entry's action.
 */
export function AuditTable({ audit, title, caption, action }: { audit: AuditEntry[]; title: string; caption: string; action: (name: string) => string | undefined }) {
  const columns = staffText.detail.auditColumns;
  return (
    <>
      <h2 id="audit-title">{title}</h2>
      {audit.length === 0 ? <p>—</p> : (
        <section class="table-region" aria-labelledby="audit-title" tabIndex={0}>
          <table class="table staff-audit">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {(['at', 'who', 'action', 'before', 'after'] as const).map((column) => <th key={column} scope="col">{columns[column]}</th>)}
              </tr>
            </thead>
            <tbody>
              {audit.map((entry, i) => (
                <tr key={i}>
                  <td>{chinaDateTime(entry.at, 'zh-CN')}</td>
                  <td>{entry.staffName}</td>
                  <td>{action(entry.action) ?? entry.action}</td>
                  <td class="staff-audit__changes">{changes(entry.before)}</td>
                  <td class="staff-audit__changes">{changes(entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
