import type { input as english } from '../en/input';
import type { Translation } from '../translation';

export const input: Translation<typeof english> = {
  'input.empty': 'Escribe un número.',
  'input.comma': '«{text}» lleva una coma: escribe los decimales con punto, por ejemplo {example}.',
  'input.grouping':
    '«{text}» tiene más de un separador: escribe el número sin separador de miles y con un solo signo decimal.',
  'input.notNumber':
    'No es un número: escribe cifras con una coma decimal y un exponente opcionales, como 0,05 o 1e-3.',
  'input.notNumberDot':
    'No es un número: escribe cifras con un punto decimal y un exponente opcionales, como 0.05 o 1e-3.',
  'input.tooLarge': 'Ese número es demasiado grande.',
  'input.stillUsing': '{error} Se sigue usando {value}.',
  'input.whole': '{label} debe ser un número entero.',
  'input.range': '{label} debe estar entre {min} y {max}.',
  'link.choice': '{key} debe ser {values}.',
  'link.notUrlText': 'Se ha ignorado un campo del enlace que no es texto de URL válido ({field}).',
  'link.repeated': 'Se ha ignorado el segundo {field} del enlace: el campo aparece más de una vez y se usa el primero.',
  'link.scenario': 'Se ha ignorado scenario en el enlace: debe ser {values}.',
  'link.embed': 'Se ha ignorado embed en el enlace: debe ser 1 o 0.',
  'link.lang': 'Se ha ignorado lang en el enlace: debe ser en o es.',
  'link.iterName': 'iter',
  'link.ignored': 'Se ha ignorado {field} en el enlace: {error}',
  'link.unknown': 'Se ha ignorado {field} en el enlace: el escenario {scenario} no tiene ese campo.',
};
