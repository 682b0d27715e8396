/**
 * A chart's numbers as a table, folded in a <details> under the chart ("Data table" / 数据表): the
 * alternative for readers who cannot use the picture (screen readers, colour-blind readers, the
 * keyboard instead of a tooltip). The first column is the row's header. Every chart has one.
 */
import { TableScroll } from '../components/TableScroll';
import { useT } from '../i18n/I18nProvider';

export interface DataTable {
  columns: string[];
  rows: Array<Array<string | number>>;
}

export function ChartDataTable({ caption, table, testId }: { caption: string; table: DataTable; testId?: string }) {
  const t = useT();
  return (
    <details className="chart-data" data-testid={testId}>
      <summary>{t('charts.table')}</summary>
      <TableScroll>
        <table className="kpi-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((v, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {v}
                    </th>
                  ) : (
                    <td key={j} className="num">
                      {v}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
