import type { Page } from '@playwright/test';
import { positionOf } from '../../src/engine/rateScale';

/**
 * Moves the log-scaled "Learning rate" slider to the position nearest `rate` (as a drag ends
 * there) and returns the rate it states: slider positions are rates to 3 significant digits.
 */
export async function dragRateTo(page: Page, rate: number): Promise<string> {
  const slider = page.getByRole('slider', { name: 'Learning rate' });
  const min = Number(await slider.getAttribute('data-rate-min'));
  const max = Number(await slider.getAttribute('data-rate-max'));
  await slider.fill(String(positionOf({ min, max }, rate)));
  return (await slider.getAttribute('aria-valuetext'))!;
}
