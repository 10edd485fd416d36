/** The optimizer race: its panel, its chart, its link fields. */
export const race = {
  'race.hyper.mu': 'Momentum μ',
  'race.hyper.rho': 'RMSProp ρ',
  'race.hyper.beta1': 'Adam β1',
  'race.hyper.beta2': 'Adam β2',
  'race.hyper.epsilon': 'ε',
  'race.link.lanes': 'a race has 1 to {max} lanes, written optimizer:rate.',
  'race.link.optimizer': 'the optimizer must be one of {names}.',
  'race.link.laneRate': 'A lane’s learning rate',
  'race.link.keys': 'the keys are {keys}.',
} as const;
