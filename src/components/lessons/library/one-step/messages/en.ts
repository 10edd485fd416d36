/** Lesson 2's words in English, the source of their keys. */
export const messages = {
  'lessons.one-step.title': 'One step by hand',
  'lessons.one-step.summary': 'Gradient, step size, new b3: predict the step, then reveal it.',
  'lessons.one-step.rule.heading': 'A step is two lines',
  'lessons.one-step.rule.text':
    'Gradient descent takes a step in two lines: step size = gradient × learning rate, then new b3 = b3 − step size. The chain-rule panel writes both with the numbers of the next step.',
  'lessons.one-step.compute.heading': 'Work it out',
  'lessons.one-step.compute.text': 'At b3 = 0 the gradient is {gradient} and the learning rate is {rate}.',
  'lessons.one-step.compute.question': 'What is the new b3 after one step?',
  'lessons.one-step.compute.right': '{right}',
  'lessons.one-step.compute.right.why':
    'Yes: the step size is {gradient} × {rate} = {size}, and the new b3 is 0 − ({size}) = {right}.',
  'lessons.one-step.compute.size': '{size}',
  'lessons.one-step.compute.size.why':
    'That is the step size. The new b3 subtracts it: 0 − ({size}) = {right}, a move uphill in b3 and downhill in SSR.',
  'lessons.one-step.compute.far': '{far}',
  'lessons.one-step.compute.far.why':
    'That would be a learning rate of 1. The step is the gradient scaled by {rate}: {size}, so the new b3 is {right}.',
  'lessons.one-step.predict.heading': 'Predict before you look',
  'lessons.one-step.predict.text':
    'With Predict before each step on, Step first asks which way b3 will move and how far, then shows the real step beside your guess.',
  'lessons.one-step.predict.task': 'Turn on Predict before each step.',
  'lessons.one-step.reveal.heading': 'Guess, then reveal',
  'lessons.one-step.reveal.text':
    'Press Step, say which way b3 moves and how far (a click on the SSR chart places the guess), then reveal the step.',
  'lessons.one-step.reveal.task': 'Predict one step and reveal it.',
  'lessons.one-step.history.heading': 'The history keeps every step',
  'lessons.one-step.history.text':
    'Each row of the history holds one step: b3, SSR, gradient, step size and the new b3. Check your sum against it.',
};
