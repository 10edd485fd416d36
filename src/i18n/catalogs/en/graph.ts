/** The computational graph panel: its drawing, walk-through, narration and table. */
export const graph = {
  'graph.show': 'Show the graph',
  'graph.hide': 'Hide the graph',
  'graph.closedHint':
    "Values flow forward through each simple operation to the loss, then gradients flow back, each the gradient from above times the local derivative. Show the graph to walk through backpropagation node by node, with this step's numbers.",
  'graph.heading': 'Computational graph',
  'graph.title': 'Computational graph of {loss}: {count} nodes, parameters {parameters}',
  'graph.titleCollapsed':
    'Computational graph of {loss}: {count} nodes drawn, the chains of {hidden} more points summed in one box; parameters {parameters}',
  'graph.hint':
    'Each box is a node with its value; after the backward pass it also shows its gradient ∂{loss}/∂node. Each arrow carries its local derivative. Focus the drawing and use the arrow keys, or hover, to read each formula with its numbers.',
  'graph.sample': 'Sample',
  'graph.sample.tooMany':
    'With {count} points the whole loss would be too large a graph: it shows one point’s chain (the first {max} can be chosen); the loss is the mean of all of them.',
  'graph.sample.all': 'All points',
  'graph.sample.point': 'Point {index}',
  'graph.forward': 'Forward pass',
  'graph.backward': 'Backward pass',
  'graph.play': 'Play',
  'graph.pause': 'Pause',
  'graph.narration': 'Graph narration',
  'graph.narration.idle':
    'Press Forward pass to compute the values node by node, then Backward pass to send the gradient back from {loss} to the parameters.',
  'graph.narration.forward': 'Forward pass, node {index} of {count}: {line}',
  'graph.narration.backward': 'Backward pass, node {index} of {count}: {line}',
  'graph.narration.forwardDone': 'Forward pass done: {line}.',
  'graph.narration.backwardDone': 'Backward pass done: {gradients}.',
  'graph.kind.parameter': 'parameter',
  'graph.kind.input': 'data',
  'graph.kind.constant': 'constant',
  'graph.op.mean': 'mean',
  'graph.more': '… {count, plural, one {# more point} other {# more points}}',
  'graph.more.formula':
    'The chains of {count, plural, one {# more point} other {# more points}}, drawn as one box; the table lists their nodes, and {loss} includes them.',
  'graph.nodeFormula': '{line}; gradient {gradient}',
  'graph.caption': 'Graph values',
  'graph.column.node': 'Node',
  'graph.column.operation': 'Operation',
  'graph.column.value': 'Value',
  'graph.column.gradient': 'Gradient',
  'graph.region': 'Graph values, scrollable',
  'graph.rows': 'Rows {from}–{to} of {count}',
  'graph.rows.previous': 'Previous rows',
  'graph.rows.next': 'Next rows',
  'graph.loading': 'Loading the computational graph…',
  'graph.failed': 'The graph could not be built: {reason}',
} as const;
