import { inScenario, stepsShown } from '../../lessonState';
import type { Lesson } from '../../lessonTypes';

const start = 'scenario=bias&lr=0.1&b3=0&iter=0';

/** Lesson 1: the SSR curve, its tangent, and the derivative as the tangent's slope. */
export const lesson: Lesson = {
  id: 'ssr-slope',
  order: 1,
  title: 'lessons.ssr-slope.title',
  summary: 'lessons.ssr-slope.summary',
  setup: start,
  cards: [
    { heading: 'lessons.ssr-slope.curve.heading', text: ['lessons.ssr-slope.curve.text'], target: 'chart-ssr' },
    {
      heading: 'lessons.ssr-slope.way.heading',
      text: ['lessons.ssr-slope.way.text'],
      words: { gradient: -15.66 },
      target: 'chart-ssr',
      question: {
        text: 'lessons.ssr-slope.way.question',
        choices: [
          { text: 'lessons.ssr-slope.way.up', correct: true, feedback: 'lessons.ssr-slope.way.up.why' },
          { text: 'lessons.ssr-slope.way.down', correct: false, feedback: 'lessons.ssr-slope.way.down.why' },
          { text: 'lessons.ssr-slope.way.stay', correct: false, feedback: 'lessons.ssr-slope.way.stay.why' },
        ],
      },
    },
    {
      heading: 'lessons.ssr-slope.steps.heading',
      text: ['lessons.ssr-slope.steps.text'],
      target: 'step',
      setup: start,
      task: { text: 'lessons.ssr-slope.steps.task', done: inScenario(start, (s) => stepsShown(s) >= 2) },
    },
    {
      heading: 'lessons.ssr-slope.slope.heading',
      text: ['lessons.ssr-slope.slope.text', 'lessons.ssr-slope.slope.more'],
      words: { best: 2.61 },
      target: 'chain-rule',
    },
  ],
};
