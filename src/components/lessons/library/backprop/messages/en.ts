/** Lesson 5's words in English, the source of their keys. */
export const messages = {
  'lessons.backprop.title': 'Backpropagation',
  'lessons.backprop.summary': 'Gradients flow back through the network, node by node.',
  'lessons.backprop.net.heading': 'The whole network learns',
  'lessons.backprop.net.text':
    'ŷ = w3·softplus(w1·x + b1) + w4·softplus(w2·x + b2) + b3. With all seven parameters training, each step needs the gradient of the SSR for every weight and bias.',
  'lessons.backprop.back.heading': 'From the loss back',
  'lessons.backprop.back.text':
    'Backpropagation starts at the SSR and walks back: dSSR/dŷ first, then through b3, w3 and w4 to the hidden nodes, then on to w1, b1, w2 and b2. The chain-rule panel writes each parameter’s product of local derivatives.',
  'lessons.backprop.first.heading': 'Order matters',
  'lessons.backprop.first.text': 'Every gradient reuses the one computed just after it in the forward pass.',
  'lessons.backprop.first.question': 'Which derivative does the backward pass compute first?',
  'lessons.backprop.first.loss': 'dSSR/dŷ, at the loss',
  'lessons.backprop.first.loss.why':
    'Yes. The SSR is the last node of the forward pass, so the backward pass starts there: dSSR/dŷ = Σ −2(y − ŷ). Every other gradient is built on it.',
  'lessons.backprop.first.w1': 'dSSR/dw1, at the input',
  'lessons.backprop.first.w1.why':
    'w1 sits at the start of the forward pass, so its gradient comes last: it needs every derivative between it and the SSR.',
  'lessons.backprop.first.all': 'All of them at once',
  'lessons.backprop.first.all.why':
    'Each gradient is the one after it times a local derivative, so they come in order, from the loss back to the inputs.',
  'lessons.backprop.graph.heading': 'The computational graph',
  'lessons.backprop.graph.text':
    'The Computational graph breaks the loss into simple operations. Press Show the graph, then Backward pass: the gradient of each node appears, from the loss back to the parameters.',
  'lessons.backprop.steps.heading': 'Seven parameters, one step',
  'lessons.backprop.steps.text':
    'A step moves every parameter at once, each by its own gradient times the learning rate.',
  'lessons.backprop.steps.task': 'Press Step three times.',
};
