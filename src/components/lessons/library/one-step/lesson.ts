import { inScenario } from '../../lessonState';
import type { Lesson } from '../../lessonTypes';

const start = 'scenario=bias&lr=0.1&b3=0&iter=0';

/** Lesson 2: one step by hand, predicted before it is revealed (predict mode). */
export const lesson: Lesson = {
  id: 'one-step',
  order: 2,
  title: 'lessons.one-step.title',
  summary: 'lessons.one-step.summary',
  setup: start,
  cards: [
    { heading: 'lessons.one-step.rule.heading', text: ['lessons.one-step.rule.text'], target: 'chain-rule' },
    {
      heading: 'lessons.one-step.compute.heading',
      text: ['lessons.one-step.compute.text'],
      words: { gradient: -15.6551, rate: 0.1, right: 1.5655, size: -1.5655, far: 15.6551 },
      target: 'chain-rule',
      question: {
        text: 'lessons.one-step.compute.question',
        choices: [
          { text: 'lessons.one-step.compute.right', correct: true, feedback: 'lessons.one-step.compute.right.why' },
          { text: 'lessons.one-step.compute.size', correct: false, feedback: 'lessons.one-step.compute.size.why' },
          { text: 'lessons.one-step.compute.far', correct: false, feedback: 'lessons.one-step.compute.far.why' },
        ],
      },
    },
    {
      heading: 'lessons.one-step.predict.heading',
      text: ['lessons.one-step.predict.text'],
      target: 'predict',
      task: { text: 'lessons.one-step.predict.task', done: inScenario(start, (s) => s.predictMode) },
    },
    {
      heading: 'lessons.one-step.reveal.heading',
      text: ['lessons.one-step.reveal.text'],
      target: 'step',
      setup: start,
      task: { text: 'lessons.one-step.reveal.task', done: inScenario(start, (s) => s.reveal !== null) },
    },
    { heading: 'lessons.one-step.history.heading', text: ['lessons.one-step.history.text'], target: 'history' },
  ],
};
