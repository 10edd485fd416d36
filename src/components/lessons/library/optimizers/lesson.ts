import { inScenario, raceLanes } from '../../lessonState';
import type { Lesson } from '../../lessonTypes';

/*
 * The race on linreg's ravine for now: once the loss-surface lab is in, `start` can name it (its
 * ravine and saddle) and the cards stay as they are.
 */
const start = 'scenario=linreg&lr=0.01&w=0&b=0&epochs=1000&every=50&iter=0';

/** Lesson 6: why optimizers differ, raced side by side from one start. */
export const lesson: Lesson = {
  id: 'optimizers',
  order: 6,
  title: 'lessons.optimizers.title',
  summary: 'lessons.optimizers.summary',
  setup: start,
  cards: [
    { heading: 'lessons.optimizers.ravine.heading', text: ['lessons.optimizers.ravine.text'], target: 'chart-surface' },
    {
      heading: 'lessons.optimizers.race.heading',
      text: ['lessons.optimizers.race.text'],
      target: 'race',
      task: { text: 'lessons.optimizers.race.task', done: inScenario(start, (s) => raceLanes(s).length >= 2) },
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
    { heading: 'lessons.optimizers.saddle.heading', text: ['lessons.optimizers.saddle.text'], target: 'race' },
  ],
};
