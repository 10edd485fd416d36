import { useMemo } from 'react';
import type { PointEditing } from '../../charts/pointEditing';
import type { Data } from '../../engine/point';
import { movePoint, removePoint } from '../../scenarios/data';
import { useDescent } from '../../store/descentStore';

/** The data chart's editing callbacks, writing through the store's validated setData. */
export function usePointEditing(data: Data): PointEditing {
  const setData = useDescent((s) => s.setData);
  return useMemo(
    () => ({
      onMove: (index, x, y) => setData(movePoint(data, index, { x, y })),
      onAdd: (x, y) => setData([...data, { x, y }]),
      onRemove: (index) => setData(removePoint(data, index)),
    }),
    [data, setData],
  );
}
