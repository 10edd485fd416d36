import type { Locator, Page } from '@playwright/test';
import { axe, expect, setField, test } from './fixtures';
import { englishOnPage } from './untranslated';

/** The page's words a student acts on, in each language. */
const WORDS = {
  en: {
    lessons: 'Lessons',
    lesson: 'Lesson',
    next: 'Next',
    close: 'Close',
    step: 'Step',
    counter: (k: number, n: number) => `Card ${k} of ${n}`,
    rate: 'Learning rate value',
    predict: 'Predict before each step',
    right: /^Right/,
    howFar: 'How far',
    reveal: 'Reveal',
    trainToEnd: 'Train to end',
    setUpRace: 'Set up a race',
    run: 'Run',
    pause: 'Pause',
    speed: 'Speed',
    sixty: '60 steps per second',
    noise: 'Gradient noise',
    startX: 'Starting x',
    startY: 'Starting y',
    reached: 'Goal reached.',
    solution: 'Show the worked solution',
    complete: /Lesson complete/,
    titles: [
      /The SSR curve/,
      /One step by hand/,
      /The learning rate/,
      /Two parameters/,
      /Backpropagation/,
      /optimizers differ/,
    ],
    answers: [/^Up/, /^1\.5655$/, /curvature/, /weighed by its x/, /dSSR\/dŷ/, /add up along/, /similar size/],
  },
  es: {
    lessons: 'Lecciones',
    lesson: 'Lección',
    next: 'Siguiente',
    close: 'Cerrar',
    step: 'Paso',
    counter: (k: number, n: number) => `Tarjeta ${k} de ${n}`,
    rate: 'Valor de la tasa de aprendizaje',
    predict: 'Predecir antes de cada paso',
    right: /^Derecha/,
    howFar: 'Cuánto',
    reveal: 'Comprobar',
    trainToEnd: 'Entrenar hasta el final',
    setUpRace: 'Preparar una carrera',
    run: 'Ejecutar',
    pause: 'Pausa',
    speed: 'Velocidad',
    sixty: '60 pasos por segundo',
    noise: 'Ruido del gradiente',
    startX: 'x inicial',
    startY: 'y inicial',
    reached: 'Objetivo alcanzado.',
    solution: 'Mostrar la solución explicada',
    complete: /Lección completada/,
    titles: [
      /curva de la SSR/,
      /Un paso a mano/,
      /La tasa de aprendizaje/,
      /Dos parámetros/,
      /Retropropagación/,
      /optimizadores/,
    ],
    answers: [
      /^Hacia arriba/,
      /^1,5655$/,
      /curvatura/,
      /pondera por su x/,
      /dSSR\/dŷ/,
      /se suman a lo largo/,
      /pasos parecidos/,
    ],
  },
} as const;

type Words = (typeof WORDS)['en' | 'es'];

/** A student's walk through every lesson, card by card, with clicks and keys only. */
async function walkAllLessons(page: Page, w: Words, checkWords?: () => Promise<void>) {
  const region = page.getByRole('region', { name: w.lesson, exact: true });
  const next = region.getByRole('button', { name: w.next, exact: true });
  const step = page.getByRole('button', { name: w.step, exact: true }).first();
  const dialog = page.getByRole('dialog', { name: w.lessons });
  let answer = 0;

  const open = async (title: number) => {
    if (!(await dialog.isVisible())) await page.getByRole('button', { name: w.lessons, exact: true }).click();
    await dialog.getByRole('button', { name: w.titles[title] }).click();
    await expect(region).toBeVisible();
    await expect(region.getByRole('heading', { level: 2 })).toBeFocused();
  };
  const at = async (k: number, n: number) => expect(region).toContainText(w.counter(k, n));
  const choose = async () => {
    const radio = region.getByRole('radio', { name: w.answers[answer++] });
    await radio.check();
    await expect(region.locator('[aria-live="polite"].lesson-feedback.right')).not.toBeEmpty();
  };
  const nextWhenDone = async () => {
    await expect(next).toBeEnabled();
    await next.click();
  };
  const setRate = async (value: string) => {
    const field = page.getByRole('spinbutton', { name: w.rate, exact: true });
    await field.fill(value);
    await field.press('Enter');
  };
  const finish = async () => {
    await next.click();
    await expect(region).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(w.complete);
  };

  // 1. The SSR curve and its slope.
  await open(0);
  await at(1, 4);
  await expect(page.locator('.lesson-highlight')).toBeVisible();
  await next.click();
  await choose();
  await next.click();
  await at(3, 4);
  await expect(next).toBeDisabled();
  await step.click();
  await expect(next).toBeDisabled(); // one step is not the two the card asks for
  await step.click();
  await nextWhenDone();
  if (checkWords) await checkWords();
  await finish();

  // 2. One step by hand, predicted.
  await open(1);
  await next.click();
  await choose();
  await next.click();
  await page.getByRole('checkbox', { name: w.predict }).check();
  await nextWhenDone();
  await step.click();
  await page.getByRole('radio', { name: w.right }).check();
  await page.getByRole('textbox', { name: w.howFar }).fill('1');
  await page.getByRole('button', { name: w.reveal }).click();
  await nextWhenDone();
  await at(5, 5);
  await page.getByRole('checkbox', { name: w.predict }).uncheck();
  await finish();

  // 3. The learning rate: diverge, why, then the four-step challenge.
  await open(2);
  await next.click();
  await expect(next).toBeDisabled();
  await setRate('0.5');
  await expect(next).toBeDisabled(); // a diverging rate is not yet a diverging run
  // The s key steps too, once the focus has left the rate field.
  await step.focus();
  for (let i = 0; i < 8 && (await next.isDisabled()); i++) await page.keyboard.press('s');
  await nextWhenDone();
  await choose();
  await next.click();
  await at(4, 4);
  await setRate('0.1667');
  await step.click();
  await expect(region).toContainText(w.reached);
  await region.getByRole('button', { name: w.solution }).click();
  await finish();

  // 4. Two parameters at once.
  await open(3);
  await next.click();
  await step.click();
  await nextWhenDone();
  await choose();
  await next.click();
  await next.click();
  await at(5, 6);
  await page.getByRole('button', { name: w.trainToEnd }).click();
  await nextWhenDone();
  await setRate('0.08');
  await page.getByRole('button', { name: w.trainToEnd }).click();
  await expect(region).toContainText(w.reached);
  await finish();

  // 5. Backpropagation.
  await open(4);
  await next.click();
  await next.click();
  await choose();
  await next.click();
  await next.click();
  await at(5, 5);
  for (let i = 0; i < 3; i++) await step.click();
  await expect(next).toBeEnabled();
  await finish();

  // 6. Why optimizers differ, in the loss-surface lab.
  const run = page.getByRole('button', { name: w.run, exact: true }).first();
  const pause = page.getByRole('button', { name: w.pause, exact: true }).first();
  await open(5);
  await at(1, 7);
  await expect(
    page.getByRole('group', { name: /^(Loss surface|Superficie de pérdida) f\(x, y\) = x\^2 \+ 25\*y\^2/ }),
  ).toBeVisible();
  for (let i = 0; i < 4; i++) await step.click();
  await expect(next).toBeDisabled(); // four steps are not the five the card asks for
  await step.click();
  await nextWhenDone();
  await page.getByRole('button', { name: w.setUpRace }).click();
  await nextWhenDone();
  await choose();
  await next.click();
  await choose();
  await next.click();
  // The saddle: gradient descent runs into it and stops (46 steps).
  await at(5, 7);
  await expect(next).toBeDisabled();
  await page.getByRole('combobox', { name: w.speed, exact: true }).first().selectOption({ label: w.sixty });
  await run.click();
  await nextWhenDone();
  // Escape it with noise: the challenge is met once |y| > 1 (25 steps at seed 1).
  await setField(page, w.noise, '0.1');
  await run.click();
  await expect(region).toContainText(w.reached);
  await pause.click();
  await next.click();
  // Himmelblau: from (−3, −3) gradient descent reaches the minimum at (−3.78, −3.28).
  await at(7, 7);
  await expect(next).toBeDisabled();
  await setField(page, w.startX, '-3');
  await setField(page, w.startY, '-3');
  await run.click();
  await expect(next).toBeEnabled();
  await finish();
  await dialog.getByRole('button', { name: w.close, exact: true }).click();
}

async function lessonButtons(page: Page): Promise<Locator> {
  return page.getByRole('dialog').getByRole('listitem');
}

test.describe('lessons, followed as a student would', () => {
  test('every lesson from start to end, in English', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await walkAllLessons(page, WORDS.en);
    // Progress: each lesson's every card seen, kept over a reload.
    await page.reload();
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    const items = await lessonButtons(page);
    await expect(items).toHaveCount(6);
    await expect(items.first()).toContainText('4 of 4 cards seen, 1 of 1 tasks done');
  });

  test('every lesson from start to end, in Spanish, with no English on the page', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./#lang=es');
    await walkAllLessons(page, WORDS.es, async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      expect(await englishOnPage(page)).toEqual([]);
    });
  });

  test('a lesson link opens at its card in a fresh page, with the named panels hidden', async ({ page }) => {
    await page.goto('./#scenario=bias&lr=0.1&b3=0&iter=0&lesson=learning-rate&card=3&hide=race,sweep,import');
    const region = page.getByRole('region', { name: 'Lesson', exact: true });
    await expect(region).toContainText('Card 3 of 4');
    await expect(region.getByRole('group', { name: /Why does every rate above 1\/3 diverge/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Race: optimizers/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Steps to converge by learning rate' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Import data' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download data', exact: true })).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    // The address keeps the lesson, its card and the hidden panels; Next moves the card in it.
    await region.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page).toHaveURL(/lesson=learning-rate&card=4&hide=race,sweep,import/);
    await page.keyboard.press('Escape');
    await expect(region).toBeHidden();
    await expect(page.getByRole('button', { name: 'Lessons', exact: true })).toBeFocused();
    await expect(page).not.toHaveURL(/lesson=/);
  });
});
