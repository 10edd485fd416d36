import { describe, expect, it } from 'vitest';
import { cssTimeMs } from '../../src/components/shell/useRapidSteps';

describe('cssTimeMs', () => {
  it('reads milliseconds and seconds, as written in the source and by the minifier', () => {
    expect(cssTimeMs('250ms')).toBe(250);
    expect(cssTimeMs(' .25s')).toBe(250);
    expect(cssTimeMs('0.25s')).toBe(250);
    expect(cssTimeMs('1S')).toBe(1000);
  });

  it('refuses what is not a time', () => {
    expect(cssTimeMs('')).toBeNull();
    expect(cssTimeMs('250')).toBeNull();
    expect(cssTimeMs('fast')).toBeNull();
  });
});
