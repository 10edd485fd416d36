import { describe, expect, it } from 'vitest';
import { labelTargets, type DiagramParameter, type LabelBox } from '../../src/scenarios/network/views/networkLayout';

const far = (y: number): LabelBox => ({ left: 0, width: 10, y });

function boxes(over: Partial<Record<DiagramParameter, LabelBox>>): Record<DiagramParameter, LabelBox> {
  return {
    w1: { left: 1000, width: 10, y: 0 },
    b1: { left: 2000, width: 10, y: 0 },
    w2: { left: 3000, width: 10, y: 0 },
    b2: { left: 4000, width: 10, y: 0 },
    w3: { left: 5000, width: 10, y: 0 },
    w4: { left: 6000, width: 10, y: 0 },
    b3: { left: 7000, width: 10, y: 0 },
    ...over,
  };
}

describe('labelTargets', () => {
  it('gives a lone label its whole box, padded, the given height around its line', () => {
    const targets = labelTargets(boxes({ b2: { left: 100, width: 60, y: 200 } }), 44);
    expect(targets.b2).toEqual({ x: 96, y: 178, width: 68, height: 44 });
  });

  it('cuts two close labels at the midline between them, so neither covers the other', () => {
    const targets = labelTargets(boxes({ b3: far(100), w3: far(125) }), 44);
    expect(targets.b3.y + targets.b3.height).toBe(112.5);
    expect(targets.w3.y).toBe(112.5);
    expect(targets.b3.y).toBe(78);
    expect(targets.w3.y + targets.w3.height).toBe(147);
  });
});
