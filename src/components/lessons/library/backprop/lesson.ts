import { inScenario, stepsShown } from '../../lessonState';
import type { Lesson } from '../../lessonTypes';

const start = 'scenario=network&lr=0.1&train=all&iter=0';

/** Lesson 5: backpropagation through the network, node by node, and its computational graph. */
export const lesson: Lesson = {
  id: 'backprop',
  order: 5,
  title: 'lessons.backprop.title',
  summary: 'lessons.backprop.summary',
  setup: start,
  cards: [
    { heading: 'lessons.backprop.net.heading', text: ['lessons.backprop.net.text'], target: 'network-diagram' },
    { heading: 'lessons.backprop.back.heading', text: ['lessons.backprop.back.text'], target: 'chain-rule' },
    {
      heading: 'lessons.backprop.first.heading',
      text: ['lessons.backprop.first.text'],
      target: 'chain-rule',
      question: {
        text: 'lessons.backprop.first.question',
        choices: [
          { text: 'lessons.backprop.first.loss', correct: true, feedback: 'lessons.backprop.first.loss.why' },
          { text: 'lessons.backprop.first.w1', correct: false, feedback: 'lessons.backprop.first.w1.why' },
          { text: 'lessons.backprop.first.all', correct: false, feedback: 'lessons.backprop.first.all.why' },
        ],
      },
    },
    { heading: 'lessons.backprop.graph.heading', text: ['lessons.backprop.graph.text'], target: 'graph' },
    {
      heading: 'lessons.backprop.steps.heading',
      text: ['lessons.backprop.steps.text'],
      target: 'step',
      setup: start,
      task: { text: 'lessons.backprop.steps.task', done: inScenario(start, (s) => stepsShown(s) >= 3) },
    },
  ],
};
