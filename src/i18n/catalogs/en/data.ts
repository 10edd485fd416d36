/** Data: checks, the editor, the import dialog, the data sets' controls. */
export const data = {
  'data.tooFew': 'The data needs at least 1 point.',
  'data.tooMany': 'The data can have at most {max} points (got {count}).',
  'data.pointAxis': 'Point {point}’s {axis}',
  'data.notPair': 'Point {point} is not written as x:y.',
  'data.pointError': 'Point {point}’s {axis}: {error}',
  'data.noSpread': 'Every x is the same: there is no spread to scale.',
} as const;
