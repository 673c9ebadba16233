import type { ReportColumnId } from './report-columns';
import type { ReportTable as Table, ReportTableRow } from './report-table';

interface ReportTableProps {
  table: Table;
  caption: string;
  /** The column the chart beside draws, marked so the eye finds it. */
  charted: ReportColumnId;
  testId: string;
}

/** The numbers behind a chart: a real table, so a screen reader reads it row by row. */
export function ReportTable({ table, caption, charted, testId }: ReportTableProps) {
  return (
    <div
      className="table-scroll report-table-scroll"
      role="region"
      tabIndex={0}
      aria-label={`${caption}: table`}
    >
      <table className="data-table report-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={column.id === charted ? 'numeric-head is-charted' : 'numeric-head'}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <TableRow key={row.key} row={row} charted={charted} />
          ))}
        </tbody>
        <tfoot>
          <TableRow row={table.totals} charted={charted} />
        </tfoot>
      </table>
    </div>
  );
}

function TableRow({ row, charted }: { row: ReportTableRow; charted: ReportColumnId }) {
  return (
    <tr data-row={row.label}>
      <th scope="row">{row.label}</th>
      {row.cells.map((cell) => {
        const classes = ['numeric-cell', `target-${cell.status}`];
        if (cell.column === charted) classes.push('is-charted');
        return (
          <td key={cell.column} data-col={cell.column} className={classes.join(' ')}>
            {cell.text}
          </td>
        );
      })}
    </tr>
  );
}
