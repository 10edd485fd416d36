/** Lesson 3's words in English, the source of their keys. */
export const messages = {
  'lessons.learning-rate.title': 'The learning rate',
  'lessons.learning-rate.summary': 'Too small, just right, overshooting, diverging, and why the limit is 1/n.',
  'lessons.learning-rate.bands.heading': 'One number scales every step',
  'lessons.learning-rate.bands.text':
    'The learning rate multiplies the gradient into the step. Its slider is shaded from the maths of the data: green rates descend steadily, yellow ones overshoot the minimum but converge, red ones diverge.',
  'lessons.learning-rate.diverge.heading': 'Make it diverge',
  'lessons.learning-rate.diverge.text':
    'A rate in the red band makes every step land farther from the minimum than the one before.',
  'lessons.learning-rate.diverge.task':
    'Set the learning rate above {limit} and press Step until the status says Diverging.',
  'lessons.learning-rate.why.heading': 'Why 1/n?',
  'lessons.learning-rate.why.text':
    'For the three points of this data, every rate above 1/n = 1/3 diverges, and a rate of 1/6 lands on the minimum in one step.',
  'lessons.learning-rate.why.question': 'Why does every rate above 1/3 diverge here?',
  'lessons.learning-rate.why.curvature': 'The SSR is a parabola with curvature 2n = 6',
  'lessons.learning-rate.why.curvature.why':
    'Yes. Each step multiplies the distance to the minimum by 1 − 6 × rate. Above 1/3 that factor is below −1, so each step jumps across the minimum and lands farther away.',
  'lessons.learning-rate.why.small': 'The gradient becomes too small',
  'lessons.learning-rate.why.small.why':
    'The other way round: when a run diverges the gradient grows with the distance to the minimum, step after step.',
  'lessons.learning-rate.why.points': 'Three points are too few to learn from',
  'lessons.learning-rate.why.points.why':
    'Three points are enough for one parameter. The number of points matters through the curvature 2n, which sets the largest rate that still converges.',
  'lessons.learning-rate.goal.heading': 'Challenge: four steps',
  'lessons.learning-rate.goal.text':
    'From b3 = 0 the default rate 0.1 needs more than four steps to bring the SSR below 0.01. Pick a better rate, then Step (Reset starts again from b3 = 0).',
  'lessons.learning-rate.goal.goal': 'Reach SSR < 0.01 in at most 4 steps.',
  'lessons.learning-rate.goal.best': 'Best: {score, plural, one {# step} other {# steps}}.',
  'lessons.learning-rate.goal.solution':
    'Each step multiplies the distance to the minimum by 1 − 6 × rate. A rate of 1/6 ≈ 0.167 makes that factor 0: one step lands on the minimum. Any rate from about 0.11 to 0.23 reaches SSR < 0.01 within four steps.',
};
