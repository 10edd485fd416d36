import { memo, useState } from 'react';
import type { Graph, GraphEvaluation } from '../../engine/graph';
import { fixed4 } from '../../format/number';
import type { Translate } from '../common/useT';
import { operationText } from './graphText';

/** Rows per page: a 200-point loss has about 1,200 nodes, and a Step rewrites every shown number. */
export const TABLE_PAGE = 100;

interface GraphTableProps {
  readonly graph: Graph;
  readonly labels: readonly string[];
  readonly evaluation: GraphEvaluation;
  readonly opWord: (id: number) => string;
  readonly t: Translate;
}

/**
 * The graph as a table, the drawing's text alternative: every node in forward order with its
 * operation, value and gradient at the current parameters, whatever the walk-through shows. Long
 * graphs are paged, so a Step rewrites one page of numbers.
 */
export function GraphTable({ graph, labels, evaluation, opWord, t }: GraphTableProps) {
  const order = graph.forwardOrder;
  const pages = Math.max(1, Math.ceil(order.length / TABLE_PAGE));
  const [page, setPage] = useState(0);
  const shownPage = Math.min(page, pages - 1);
  const from = shownPage * TABLE_PAGE;
  const rows = order.slice(from, from + TABLE_PAGE);
  return (
    <>
      {pages > 1 && (
        <div className="graph-pager">
          <button type="button" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
            {t('graph.rows.previous')}
          </button>
          <span>{t('graph.rows', { from: from + 1, to: from + rows.length, count: order.length })}</span>
          <button type="button" disabled={shownPage === pages - 1} onClick={() => setPage(shownPage + 1)}>
            {t('graph.rows.next')}
          </button>
        </div>
      )}
      <div className="table-wrap graph-table-wrap" tabIndex={0} role="region" aria-label={t('graph.region')}>
        <table className="graph-table">
          <caption>{t('graph.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('graph.column.node')}</th>
              <th scope="col">{t('graph.column.operation')}</th>
              <th scope="col">{t('graph.column.value')}</th>
              <th scope="col">{t('graph.column.gradient')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((id) => (
              <GraphRow
                key={id}
                node={labels[id]!}
                operation={operationText(graph, labels, id) ?? opWord(id)}
                value={fixed4(evaluation.values[id]!)}
                gradient={fixed4(evaluation.gradients[id]!)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A row is redrawn only when its text changes: the data and the fixed weights stay as they are on a Step. */
const GraphRow = memo(function GraphRow(props: {
  readonly node: string;
  readonly operation: string;
  readonly value: string;
  readonly gradient: string;
}) {
  return (
    <tr>
      <th scope="row">{props.node}</th>
      <td>{props.operation}</td>
      <td>{props.value}</td>
      <td>{props.gradient}</td>
    </tr>
  );
});
