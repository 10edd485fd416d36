import { currentLoss, inScenario, outcomeKind, stepsShown } from '../../lessonState';
import type { Lesson } from '../../lessonTypes';

const start = 'scenario=bias&lr=0.1&b3=0&iter=0';

/** Lesson 3: the learning rate, from too small to diverging, and why the limit is 1/n. */
export const lesson: Lesson = {
  id: 'learning-rate',
  order: 3,
  title: 'lessons.learning-rate.title',
  summary: 'lessons.learning-rate.summary',
  setup: start,
  cards: [
    {
      heading: 'lessons.learning-rate.bands.heading',
      text: ['lessons.learning-rate.bands.text'],
      target: 'learning-rate',
    },
    {
      heading: 'lessons.learning-rate.diverge.heading',
      text: ['lessons.learning-rate.diverge.text'],
      words: { limit: 0.34 },
      target: 'learning-rate',
      setup: start,
      task: {
        text: 'lessons.learning-rate.diverge.task',
        done: inScenario(start, (s) => outcomeKind(s) === 'diverging'),
      },
    },
    {
      heading: 'lessons.learning-rate.why.heading',
      text: ['lessons.learning-rate.why.text'],
      target: 'learning-rate',
      question: {
        text: 'lessons.learning-rate.why.question',
        choices: [
          {
            text: 'lessons.learning-rate.why.curvature',
            correct: true,
            feedback: 'lessons.learning-rate.why.curvature.why',
          },
          { text: 'lessons.learning-rate.why.small', correct: false, feedback: 'lessons.learning-rate.why.small.why' },
          {
            text: 'lessons.learning-rate.why.points',
            correct: false,
            feedback: 'lessons.learning-rate.why.points.why',
          },
        ],
      },
    },
    {
      heading: 'lessons.learning-rate.goal.heading',
      text: ['lessons.learning-rate.goal.text'],
      target: 'learning-rate',
      setup: start,
      challenge: {
        goal: 'lessons.learning-rate.goal.goal',
        met: inScenario(start, (s) => stepsShown(s) >= 1 && stepsShown(s) <= 4 && currentLoss(s) < 0.01),
        score: stepsShown,
        best: 'lessons.learning-rate.goal.best',
        solution: 'lessons.learning-rate.goal.solution',
      },
    },
  ],
};
