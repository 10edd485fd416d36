import type { data as english } from '../en/data';
import type { Translation } from '../translation';

export const data: Translation<typeof english> = {
  'data.tooFew': 'Los datos necesitan al menos 1 punto.',
  'data.tooMany': 'Los datos pueden tener como mucho {max} puntos (hay {count}).',
  'data.pointAxis': 'La {axis} del punto {point}',
  'data.notPair': 'El punto {point} no está escrito como x:y.',
  'data.pointError': 'La {axis} del punto {point}: {error}',
  'data.noSpread': 'Todas las x son iguales: no hay dispersión que escalar.',
};
