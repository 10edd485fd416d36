/** Lesson 4's words in English, the source of their keys. */
export const messages = {
  'lessons.two-parameters.title': 'Two parameters at once',
  'lessons.two-parameters.summary': 'Linear regression: the chain rule per sample, the loss contour, the epoch log.',
  'lessons.two-parameters.chain.heading': 'A chain rule per sample',
  'lessons.two-parameters.chain.text':
    'Now ŷ = wx + b, and both w and b learn. Each point gives its own chain rule: its residual y − ŷ, times x for w and times 1 for b. The batch gradient averages them: dL/dw = −(2/m) Σ x(y − ŷ), dL/db = −(2/m) Σ (y − ŷ).',
  'lessons.two-parameters.step.heading': 'Both move together',
  'lessons.two-parameters.step.text': 'One epoch uses every point once and updates w and b in the same step.',
  'lessons.two-parameters.step.task': 'Press Step once.',
  'lessons.two-parameters.more.heading': 'Which moved more?',
  'lessons.two-parameters.more.text':
    'In the first epoch dL/dw = {dw} and dL/db = {db}; at the rate 0.01, w became {w} and b became {b}.',
  'lessons.two-parameters.more.question': 'Why did w move more than b?',
  'lessons.two-parameters.more.w': 'Each residual is weighed by its x for w',
  'lessons.two-parameters.more.w.why':
    'Yes. The x values here run up to 5, so the sum for w is larger: {dw} against {db}. w moved {w}, b only {b}.',
  'lessons.two-parameters.more.b': 'b has a smaller learning rate',
  'lessons.two-parameters.more.b.why':
    'Both share the one learning rate. The difference is in the gradient: x weighs each residual for w, and x is up to 5 here.',
  'lessons.two-parameters.more.same': 'It was chance: they could have moved the same',
  'lessons.two-parameters.more.same.why':
    'Nothing here is random: batch gradient descent gives {dw} for w and {db} for b every time from this start.',
  'lessons.two-parameters.contour.heading': 'The loss over (w, b)',
  'lessons.two-parameters.contour.text':
    'The contour map shows the loss for every pair (w, b), and the path of the run across it. The valley is long and narrow: w finds it quickly, b creeps along its floor.',
  'lessons.two-parameters.log.heading': 'The epoch log',
  'lessons.two-parameters.log.text':
    'The Training log prints a line every 50 epochs, exactly as the seed article’s Python script does.',
  'lessons.two-parameters.log.task': 'Press Train to end and read the last lines of the log.',
  'lessons.two-parameters.goal.heading': 'Challenge: fifty epochs',
  'lessons.two-parameters.goal.text':
    'This run has 50 epochs. At the rate 0.01 its last printed loss is 0.0086. Choose a rate, then Train to end.',
  'lessons.two-parameters.goal.goal': 'Train linreg to loss < 0.001 in 50 epochs.',
  'lessons.two-parameters.goal.best': 'Best: {score} epochs.',
  'lessons.two-parameters.goal.solution':
    'A larger rate walks the valley faster: at 0.08 the 50th epoch prints loss 0.00099. Go much higher and the steps across the steep side of the valley overshoot.',
};
