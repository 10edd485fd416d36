import type { Data } from '../../engine/point';
import { COORDINATE_LIMIT, movePoint, removePoint } from '../../scenarios/data';
import { msg } from '../../i18n/i18n';
import { NumberField } from '../common/NumberField';
import { useT } from '../common/useT';

const RANGE = { min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT };

/**
 * The data as a table of x/y fields, each validated, with a Remove button per point. Fixed
 * column widths (styles.css): the fields take what the sidebar has left after the index and the
 * button, so the button is never pushed out of its panel.
 */
export function DataTable({ data, onChange }: { data: Data; onChange(data: Data): void }) {
  const t = useT();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('data.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-index">
            #
          </th>
          <th scope="col">x</th>
          <th scope="col">y</th>
          <th scope="col" className="col-remove">
            <span className="visually-hidden">{t('data.table.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((p, i) => (
          <tr key={`${i}-${data.length}`}>
            <th scope="row">{i + 1}</th>
            <td>
              <NumberField
                label={msg('data.table.field', { point: i + 1, axis: 'x' })}
                className="compact"
                value={p.x}
                step={0.1}
                {...RANGE}
                onCommit={(x) => onChange(movePoint(data, i, { x, y: p.y }))}
              />
            </td>
            <td>
              <NumberField
                label={msg('data.table.field', { point: i + 1, axis: 'y' })}
                className="compact"
                value={p.y}
                step={0.1}
                {...RANGE}
                onCommit={(y) => onChange(movePoint(data, i, { x: p.x, y }))}
              />
            </td>
            <td>
              <button
                type="button"
                className="small"
                aria-label={t('data.table.removePoint', { point: i + 1 })}
                onClick={() => onChange(removePoint(data, i))}
              >
                {t('data.table.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
