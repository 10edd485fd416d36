import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fixed4 } from '../format/number';
import type { CommonSettings, Scenario } from '../scenarios/scenario';
import type { Run } from '../store/run';
import { downloadText, exportName, historyCsv } from './download';

const ROW_HEIGHT = 30;
const OVERSCAN = 8;
/** Rows rendered when the container's height is unknown (no layout, as in jsdom). */
const DEFAULT_WINDOW = 40;

interface HistoryTableProps {
  readonly scenario: Scenario<CommonSettings, unknown>;
  readonly run: Run<CommonSettings, unknown>;
}

/**
 * "Iteration history": the steps shown so far, newest highlighted. Only the rows in view are
 * rendered (fixed row height, spacer rows above and below), so 100,000 epochs cost as much as 40.
 */
export function HistoryTable({ scenario, run }: HistoryTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(0);
  const rows = run.cursor;

  // Follow the newest row as steps arrive.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    setScrollTop(el.scrollTop);
    setViewHeight(el.clientHeight);
  }, [rows]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const visible = viewHeight > 0 ? Math.ceil(viewHeight / ROW_HEIGHT) + 2 * OVERSCAN : DEFAULT_WINDOW;
  const first =
    viewHeight > 0 ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : Math.max(0, rows - visible);
  const last = Math.min(rows, first + visible);
  const columns = scenario.columns;

  const download = () =>
    downloadText(
      `${exportName(scenario.id, run.cursor)}.csv`,
      'text/csv',
      historyCsv(columns, run.history.slice(0, run.cursor)),
    );

  return (
    <section className="panel history" aria-labelledby="history-heading">
      <div className="panel-header">
        <h2 id="history-heading">History</h2>
        <button type="button" onClick={download} disabled={rows === 0}>
          Download CSV
        </button>
      </div>
      <div
        ref={scroller}
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Iteration history, scrollable"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <table aria-rowcount={rows + 1}>
          <caption>Iteration history</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {run.history.slice(first, last).map((step, i) => {
              const index = first + i;
              const newest = index === rows - 1;
              return (
                <tr
                  key={index}
                  aria-rowindex={index + 2}
                  aria-current={newest ? 'step' : undefined}
                  className={newest ? 'newest' : undefined}
                >
                  {columns.map((c, j) => {
                    const value = c.value(step);
                    return j === 0 ? (
                      <th key={c.header} scope="row">
                        {value}
                      </th>
                    ) : (
                      <td key={c.header}>{fixed4(value)}</td>
                    );
                  })}
                </tr>
              );
            })}
            {last < rows && <tr aria-hidden="true" style={{ height: (rows - last) * ROW_HEIGHT }} />}
          </tbody>
        </table>
        {rows === 0 && <p className="empty">No steps yet: press Step.</p>}
      </div>
    </section>
  );
}
