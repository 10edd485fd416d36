import { describe, expect, it } from 'vitest';
import { followDomain } from '../../src/charts/followDomain';

describe('followDomain', () => {
  it('takes what it must hold when there is no view yet', () => {
    expect(followDomain(null, [0, 4])).toEqual([0, 4]);
  });

  it('keeps the same view while what it holds fits inside', () => {
    const view = [-1, 4] as const;
    expect(followDomain(view, [0, 3])).toBe(view);
  });

  it('keeps the view while the values fit, even if their padding spills', () => {
    const view = [-1, 4] as const;
    expect(followDomain(view, [1, 5], [2, 3.9])).toBe(view);
  });

  it('grows at once to take in a value that leaves the view, keeping what it showed', () => {
    expect(followDomain([-1, 4], [-100, 3])).toEqual([-100, 4]);
  });

  it('shrinks back once what it holds is under a quarter of the view', () => {
    expect(followDomain([-1500, 500], [-1, 4])).toEqual([-1, 4]);
    expect(followDomain([-10, 10], [0, 6])).toEqual([-10, 10]);
  });
});
