import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { ChartFrame } from '../../src/components/common/ChartFrame';
import { recordableCharts } from '../../src/components/common/recordableCharts';
import { chartTitle } from '../../src/components/output/useRecordableCharts';

function Charts({ names }: { readonly names: readonly string[] }) {
  return (
    <div className="charts">
      {names.map((name) => (
        <ChartFrame key={name} title={name} slug={name} caption="">
          <svg role="img">
            <title>{name}</title>
          </svg>
        </ChartFrame>
      ))}
    </div>
  );
}

describe('charts register themselves for recording', () => {
  it('in page order, whatever order they mounted in, and leave when they unmount', () => {
    const { rerender, unmount } = render(<Charts names={['B', 'C']} />);
    expect(recordableCharts().map(chartTitle)).toEqual(['B', 'C']);
    rerender(<Charts names={['A', 'B', 'C']} />);
    expect(recordableCharts().map(chartTitle)).toEqual(['A', 'B', 'C']);
    rerender(<Charts names={['A', 'C']} />);
    expect(recordableCharts().map(chartTitle)).toEqual(['A', 'C']);
    unmount();
    expect(recordableCharts()).toEqual([]);
  });
});
