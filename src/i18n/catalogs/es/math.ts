import type { math as english } from '../en/math';
import type { Translation } from '../translation';

export const math: Translation<typeof english> = {
  'math.check.heading': 'Comprobación del gradiente',
  'math.check.region': 'Comprobación del gradiente, desplazable hacia los lados',
  'math.check.parameter': 'Parámetro',
  'math.check.value': 'Valor',
  'math.check.backprop': 'Retropropagación',
  'math.check.numeric': 'Diferencia finita',
  'math.check.error': 'Error relativo',
  'math.check.agrees': '{error} ✓ coincide',
  'math.check.differs': '{error} ✗ difiere',
};
