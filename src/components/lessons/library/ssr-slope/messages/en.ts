/** Lesson 1's words in English, the source of their keys. */
export const messages = {
  'lessons.ssr-slope.title': 'The SSR curve and its slope',
  'lessons.ssr-slope.summary': 'The derivative is the slope of the tangent, and it points downhill.',
  'lessons.ssr-slope.curve.heading': 'The SSR curve',
  'lessons.ssr-slope.curve.text':
    'This chart plots the sum of squared residuals (SSR) for every value of the bias b3. The dot is where b3 is now; the dashed line touching the curve there is its tangent.',
  'lessons.ssr-slope.way.heading': 'Which way is downhill?',
  'lessons.ssr-slope.way.text':
    'At b3 = 0 the tangent falls to the right: the gradient dSSR/db3 is {gradient}, a negative slope.',
  'lessons.ssr-slope.way.question': 'Which way should b3 move to lower the SSR?',
  'lessons.ssr-slope.way.up': 'Up: make b3 larger',
  'lessons.ssr-slope.way.up.why':
    'Right. A negative slope means the SSR falls as b3 grows, so gradient descent moves b3 against the slope: upwards.',
  'lessons.ssr-slope.way.down': 'Down: make b3 smaller',
  'lessons.ssr-slope.way.down.why':
    'Not quite: with a negative slope, a smaller b3 climbs the curve to a larger SSR. Move against the slope.',
  'lessons.ssr-slope.way.stay': 'Stay where it is',
  'lessons.ssr-slope.way.stay.why':
    'Only a flat tangent (gradient 0) says stay. At {gradient} the curve is far from flat.',
  'lessons.ssr-slope.steps.heading': 'Watch the tangent flatten',
  'lessons.ssr-slope.steps.text':
    'Each Step moves b3 down the slope. The steeper the tangent, the bigger the step; as the dot nears the bottom the tangent flattens.',
  'lessons.ssr-slope.steps.task': 'Press Step twice.',
  'lessons.ssr-slope.slope.heading': 'The slope is the derivative',
  'lessons.ssr-slope.slope.text':
    'The chain-rule panel adds up −2 × (y − ŷ) × 1 over the points: that sum is the gradient, the slope of the tangent at the dot.',
  'lessons.ssr-slope.slope.more':
    'Near the minimum (b3 ≈ {best}) the sum comes close to 0, and so do the steps: that is how the run knows to stop.',
};
