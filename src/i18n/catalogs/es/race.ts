import type { race as english } from '../en/race';
import type { Translation } from '../translation';

export const race: Translation<typeof english> = {
  'race.hyper.mu': 'Momento μ',
  'race.hyper.rho': 'RMSProp ρ',
  'race.hyper.beta1': 'Adam β1',
  'race.hyper.beta2': 'Adam β2',
  'race.hyper.epsilon': 'ε',
  'race.link.lanes': 'una carrera tiene de 1 a {max} carriles, escritos optimizador:tasa.',
  'race.link.optimizer': 'el optimizador debe ser uno de {names}.',
  'race.link.laneRate': 'La tasa de aprendizaje de un carril',
  'race.link.keys': 'las claves son {keys}.',
};
