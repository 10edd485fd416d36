import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  defaultRangeExtractor,
  observeElementOffset,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { fixed4 } from '../../format/number';
import type { Column, CommonSettings, Scenario } from '../../scenarios/scenario';
import type { Trail } from '../../engine/trail';
import type { Language } from '../../i18n/languages';
import { useDescent } from '../../store/descentStore';
import type { Run } from '../../scenarios/run';
import { downloadText, exportName, historyCsv } from '../common/download';
import { useT } from '../common/useT';

const ROW_HEIGHT = 30;
const OVERSCAN = 4;
/** From this many rows the scroller is at its full height (see .table-scroll.full). */
const FULL_ROWS = 11;
/** Rows rendered when the container's height is unknown (no layout, as in jsdom). */
const DEFAULT_WINDOW = 40;

/** Whether the scroller shows the end of content `height` px tall (within half a row). */
function atEnd(el: HTMLElement, height = el.scrollHeight): boolean {
  return height - el.clientHeight - el.scrollTop < ROW_HEIGHT / 2;
}

interface HistoryRowProps {
  readonly index: number;
  readonly history: Trail<unknown>;
  readonly columns: readonly Column<unknown>[];
  readonly newest: boolean;
  /** The numbers' style follows the page's language: a switch writes every row again. */
  readonly language: Language;
}

/**
 * One row. A step once taken never changes while its history keeps the same buffer (Trail's
 * identity), so a row re-renders only when it becomes or stops being the newest: a Step click
 * then touches two rows, not every row in view.
 */
const HistoryRow = memo(
  function HistoryRow({ index, history, columns, newest }: HistoryRowProps) {
    const step = history.at(index);
    return (
      <tr
        aria-rowindex={index + 2}
        aria-current={newest ? 'step' : undefined}
        className={newest ? 'newest' : undefined}
      >
        {/* Plain cells throughout (the count too), so every column reads alike as role "cell". */}
        {columns.map((c, j) => {
          const value = c.value(step);
          return <td key={c.csv}>{j === 0 || c.count ? value : fixed4(value)}</td>;
        })}
      </tr>
    );
  },
  (a, b) =>
    a.index === b.index &&
    a.newest === b.newest &&
    a.columns === b.columns &&
    a.language === b.language &&
    a.history.identity === b.history.identity,
);

const HistoryHead = memo(function HistoryHead({ columns }: { readonly columns: readonly Column<unknown>[] }) {
  const t = useT();
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.csv} scope="col">
            {t.msg(c.header)}
          </th>
        ))}
      </tr>
    </thead>
  );
});

interface HistoryTableProps {
  readonly scenario: Scenario<CommonSettings, unknown>;
  readonly run: Run<CommonSettings, unknown>;
}

/**
 * "Iteration history": the steps shown so far, newest highlighted. Only the rows in view are
 * rendered (fixed row height, spacer rows above and below; the window is the virtualizer's), so
 * 100,000 epochs cost as much as 40.
 */
export function HistoryTable({ scenario, run }: HistoryTableProps) {
  const t = useT();
  const language = useDescent((s) => s.language);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  // Pinned: the view follows the newest row as rows arrive. Scrolled away, the virtualizer windows
  // the rows the reader is looking at until they scroll back to the end.
  const [pinned, setPinned] = useState(true);
  // The pinning last asked for, which a scroll compares with (a second scroll can come before
  // React renders the first).
  const asked = useRef(pinned);
  const ask = (next: boolean) => {
    asked.current = next;
    setPinned(next);
  };
  const rows = run.cursor;
  // Where the rows start in the scroller (below the caption and the header), measured after layout.
  const margin = useRef(0);

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: margin.current,
    // Pinned, the window is the last rows whatever offset the virtualizer last heard of.
    rangeExtractor: pinned ? lastRows : defaultRangeExtractor,
    observeElementRect: unknownHeightAsWindow,
    // While pinned, a scroll that stays at the end (the table's own, following a new row) is not
    // passed on: it would re-render the table in the frame after a Step. Scrolls are reported as
    // settled at once, since the rows have a fixed height and nothing is measured while scrolling.
    observeElementOffset: (instance, report) =>
      observeElementOffset(instance, (offset) => {
        const el = instance.scrollElement;
        const end = el ? atEnd(el) : true;
        if (end && asked.current) return;
        report(offset, false);
        if (end !== asked.current) ask(end);
      }),
  });

  // Following the newest row scrolls the rows in place: the rows already drawn keep their
  // positions in the scrolled content, so a step paints its new row rather than every row in view.
  // The view also follows if it was at the end before these rows came: a scroll to the end just
  // before a step may not have reached the scroll listener yet.
  const height = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    margin.current = body.current?.offsetTop ?? 0;
    const follow = pinned || atEnd(el, height.current);
    if (follow) el.scrollTop = el.scrollHeight;
    height.current = el.scrollHeight;
    if (follow && !pinned) ask(true);
  }, [rows, pinned]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items.at(-1)?.index ?? -1) + 1;
  const columns = useMemo(() => scenario.columns(run.settings), [scenario, run.settings]);

  const download = () =>
    downloadText(
      `${exportName(scenario.id, run.cursor)}.csv`,
      'text/csv',
      historyCsv(columns, run.history.slice(run.cursor).toArray()),
    );

  return (
    <section className="panel history" aria-labelledby="history-heading" data-lesson-target="history">
      <div className="panel-header">
        <h2 id="history-heading">{t('output.history.heading')}</h2>
        <button type="button" onClick={download} disabled={rows === 0}>
          {t('output.history.download')}
        </button>
      </div>
      <div
        ref={scroller}
        className={rows >= FULL_ROWS ? 'table-scroll full' : 'table-scroll'}
        tabIndex={0}
        role="region"
        aria-label={t('output.history.region')}
      >
        <table aria-rowcount={rows + 1}>
          <caption>{t('output.history.caption')}</caption>
          <HistoryHead columns={columns} />
          <tbody ref={body}>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {Array.from({ length: last - first }, (_, i) => (
              <HistoryRow
                key={first + i}
                index={first + i}
                history={run.history}
                columns={columns}
                newest={first + i === rows - 1}
                language={language}
              />
            ))}
            {last < rows && <tr aria-hidden="true" style={{ height: (rows - last) * ROW_HEIGHT }} />}
          </tbody>
        </table>
        {rows === 0 && <p className="empty">{t('output.history.empty')}</p>}
      </div>
    </section>
  );
}

/** The last rows: as many as are in view, and the overscan above them. */
function lastRows(range: Range): number[] {
  const inView = range.endIndex - range.startIndex + 1;
  const from = Math.max(0, range.count - inView - range.overscan);
  return Array.from({ length: range.count - from }, (_, i) => from + i);
}

/** The scroller's size, or a window of DEFAULT_WINDOW rows where there is no layout (jsdom). */
function unknownHeightAsWindow(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    report(rect.height > 0 ? rect : { width: rect.width, height: DEFAULT_WINDOW * ROW_HEIGHT }),
  );
}
