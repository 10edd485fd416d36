import { inScenario, lastLoss, outcomeKind, stepsShown } from '../../lessonState';
import type { Lesson } from '../../lessonTypes';

const start = 'scenario=linreg&lr=0.01&w=0&b=0&epochs=1000&every=50&iter=0';
const fifty = 'scenario=linreg&lr=0.01&w=0&b=0&epochs=50&every=10&iter=0';

/** Lesson 4: linreg's two parameters, the chain rule per sample, the contour and the epoch log. */
export const lesson: Lesson = {
  id: 'two-parameters',
  order: 4,
  title: 'lessons.two-parameters.title',
  summary: 'lessons.two-parameters.summary',
  setup: start,
  cards: [
    {
      heading: 'lessons.two-parameters.chain.heading',
      text: ['lessons.two-parameters.chain.text'],
      target: 'chain-rule',
    },
    {
      heading: 'lessons.two-parameters.step.heading',
      text: ['lessons.two-parameters.step.text'],
      target: 'step',
      setup: start,
      task: { text: 'lessons.two-parameters.step.task', done: inScenario(start, (s) => stepsShown(s) >= 1) },
    },
    {
      heading: 'lessons.two-parameters.more.heading',
      text: ['lessons.two-parameters.more.text'],
      words: { dw: -22, db: -6, w: 0.22, b: 0.06 },
      target: 'history',
      question: {
        text: 'lessons.two-parameters.more.question',
        choices: [
          { text: 'lessons.two-parameters.more.w', correct: true, feedback: 'lessons.two-parameters.more.w.why' },
          { text: 'lessons.two-parameters.more.b', correct: false, feedback: 'lessons.two-parameters.more.b.why' },
          {
            text: 'lessons.two-parameters.more.same',
            correct: false,
            feedback: 'lessons.two-parameters.more.same.why',
          },
        ],
      },
    },
    {
      heading: 'lessons.two-parameters.contour.heading',
      text: ['lessons.two-parameters.contour.text'],
      target: 'chart-surface',
    },
    {
      heading: 'lessons.two-parameters.log.heading',
      text: ['lessons.two-parameters.log.text'],
      target: 'training-log',
      task: {
        text: 'lessons.two-parameters.log.task',
        done: inScenario(start, (s) => outcomeKind(s) === 'finished'),
      },
    },
    {
      heading: 'lessons.two-parameters.goal.heading',
      text: ['lessons.two-parameters.goal.text'],
      target: 'learning-rate',
      setup: fifty,
      challenge: {
        goal: 'lessons.two-parameters.goal.goal',
        met: inScenario(fifty, (s) => stepsShown(s) >= 1 && stepsShown(s) <= 50 && lastLoss(s) < 0.001),
        score: stepsShown,
        best: 'lessons.two-parameters.goal.best',
        solution: 'lessons.two-parameters.goal.solution',
      },
    },
  ],
};
