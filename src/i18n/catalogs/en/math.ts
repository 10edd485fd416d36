/** The gradient check's table, shared by the scenarios that show one (network, model). */
export const math = {
  'math.check.heading': 'Gradient check',
  'math.check.region': 'Gradient check, scrollable sideways',
  'math.check.parameter': 'Parameter',
  'math.check.value': 'Value',
  'math.check.backprop': 'Backpropagation',
  'math.check.numeric': 'Finite difference',
  'math.check.error': 'Relative error',
  'math.check.agrees': '{error} ✓ agrees',
  'math.check.differs': '{error} ✗ differs',
} as const;
