import { inSetup, outcomeKind, parameter, raceLanes, setting, stepsShown } from '../../lessonState';
import type { Check, Lesson } from '../../lessonTypes';

/** Every start is a link into the loss-surface lab: its surface, start, rate and optimizer. */
const lab = (fields: string) => `scenario=surface&${fields}&opt=gd&noise=0&seed=1&iter=0`;
/** At 0.035 the steep direction (curvature 50) overshoots each step: the path zig-zags. */
const ravine = lab('fn=ravine&x0=-1.8&y0=0.4&lr=0.035');
/** At 0.01 it no longer bounces, and plain descent crawls along the floor: momentum wins the race. */
const ravineRace = lab('fn=ravine&x0=-1.8&y0=0.4&lr=0.01');
/** From (1, 0) the gradient never leaves the line y = 0: plain descent runs into the saddle. */
const saddle = lab('fn=saddle&x0=1&y0=0&lr=0.1');
/** From (0, 0) plain descent ends at Himmelblau's minimum (3, 2). */
const himmelblau = lab('fn=himmelblau&x0=0&y0=0&lr=0.01');

const onRavine = (check: Check) => inSetup(ravine, ['fn'], check);
const onSaddle = (check: Check) => inSetup(saddle, ['fn'], check);
const onHimmelblau = (check: Check) => inSetup(himmelblau, ['fn'], check);

/** Himmelblau's minimum in the third quadrant (Himmelblau 1972), to the four decimals the page shows. */
const THIRD = [-3.7793, -3.2832] as const;
/** Escaping means reaching a valley of a minimum (y = ±√2), well off the saddle's line. */
const ESCAPED = 1;
const ESCAPE_BUDGET = 100;

/** Lesson 6: why optimizers differ, on the loss-surface lab's ravine, saddle and four minima. */
export const lesson: Lesson = {
  id: 'optimizers',
  order: 6,
  title: 'lessons.optimizers.title',
  summary: 'lessons.optimizers.summary',
  setup: ravine,
  cards: [
    {
      heading: 'lessons.optimizers.ravine.heading',
      text: ['lessons.optimizers.ravine.text'],
      target: 'chart-surface',
      setup: ravine,
      task: { text: 'lessons.optimizers.ravine.task', done: onRavine((s) => stepsShown(s) >= 5) },
    },
    {
      heading: 'lessons.optimizers.race.heading',
      text: ['lessons.optimizers.race.text'],
      target: 'race',
      setup: ravineRace,
      task: { text: 'lessons.optimizers.race.task', done: onRavine((s) => raceLanes(s).length >= 2) },
    },
    {
      heading: 'lessons.optimizers.momentum.heading',
      text: ['lessons.optimizers.momentum.text'],
      target: 'race',
      question: {
        text: 'lessons.optimizers.momentum.question',
        choices: [
          { text: 'lessons.optimizers.momentum.sum', correct: true, feedback: 'lessons.optimizers.momentum.sum.why' },
          {
            text: 'lessons.optimizers.momentum.rate',
            correct: false,
            feedback: 'lessons.optimizers.momentum.rate.why',
          },
          {
            text: 'lessons.optimizers.momentum.exact',
            correct: false,
            feedback: 'lessons.optimizers.momentum.exact.why',
          },
        ],
      },
    },
    {
      heading: 'lessons.optimizers.adam.heading',
      text: ['lessons.optimizers.adam.text'],
      target: 'race',
      question: {
        text: 'lessons.optimizers.adam.question',
        choices: [
          { text: 'lessons.optimizers.adam.even', correct: true, feedback: 'lessons.optimizers.adam.even.why' },
          { text: 'lessons.optimizers.adam.smaller', correct: false, feedback: 'lessons.optimizers.adam.smaller.why' },
          { text: 'lessons.optimizers.adam.random', correct: false, feedback: 'lessons.optimizers.adam.random.why' },
        ],
      },
    },
    {
      heading: 'lessons.optimizers.saddle.heading',
      text: ['lessons.optimizers.saddle.text'],
      target: 'chart-surface',
      setup: saddle,
      task: {
        text: 'lessons.optimizers.saddle.task',
        done: onSaddle((s) => outcomeKind(s) === 'stopped' && Math.abs(parameter(s, 'y')) < 1e-3),
      },
    },
    {
      heading: 'lessons.optimizers.escape.heading',
      text: ['lessons.optimizers.escape.text'],
      words: { budget: ESCAPE_BUDGET },
      target: 'learning-rate',
      setup: saddle,
      challenge: {
        goal: 'lessons.optimizers.escape.goal',
        // From the saddle's own start: a start moved off y = 0 would roll away without any noise.
        met: onSaddle(
          (s) =>
            setting(s, 'x0') === 1 &&
            setting(s, 'y0') === 0 &&
            stepsShown(s) <= ESCAPE_BUDGET &&
            Math.abs(parameter(s, 'y')) > ESCAPED,
        ),
        score: stepsShown,
        best: 'lessons.optimizers.escape.best',
        solution: 'lessons.optimizers.escape.solution',
      },
    },
    {
      heading: 'lessons.optimizers.minima.heading',
      text: ['lessons.optimizers.minima.text'],
      target: 'chart-surface',
      setup: himmelblau,
      task: {
        text: 'lessons.optimizers.minima.task',
        done: onHimmelblau(
          (s) => Math.abs(parameter(s, 'x') - THIRD[0]) < 1e-3 && Math.abs(parameter(s, 'y') - THIRD[1]) < 1e-3,
        ),
      },
    },
  ],
};
