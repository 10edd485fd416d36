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
  'expression.empty': 'La fórmula está vacía.',
  'expression.syntax': 'Posición {position}: ‘{found}’ inesperado.',
  'expression.syntaxEnd': 'Posición {position}: la fórmula termina antes de tiempo.',
  'expression.unknownFunction': 'Posición {position}: función desconocida ‘{name}’ (las funciones son {functions}).',
  'expression.functionAsParameter': 'Posición {position}: ‘{name}’ es una función, no un parámetro: escribe {name}(…).',
  'expression.unknownVariable': 'Posición {position}: variable desconocida ‘{name}’ (solo x e y).',
  'expression.reservedName':
    'Posición {position}: ‘{name}’ no puede ser el nombre de un parámetro (lo usan los datos o el enlace).',
  'expression.arity':
    'Posición {position}: {name} lleva {expected, plural, one {# argumento} other {# argumentos}}, no {found}.',
  'expression.nonConstantPower':
    'Posición {position}: un exponente debe ser un número (x^2), no una expresión en x o en los parámetros.',
  'expression.unsupported': 'Posición {position}: ‘{what}’ no está admitido.',
  'expression.noParameter': 'El modelo no tiene ningún parámetro que entrenar: nombra uno, como en w*x + b.',
  'expression.notFinite': 'El valor no es finito en el punto {point} (x = {x}).',
  'expression.kept': '{error} Se mantiene la última fórmula válida.',
  'link.choice': '{key} debe ser {values}.',
  'link.notUrlText': 'Se ha ignorado un campo del enlace que no es texto de URL válido ({field}).',
  'link.repeated': 'Se ha ignorado el segundo {field} del enlace: el campo aparece más de una vez y se usa el primero.',
  'link.scenario': 'Se ha ignorado scenario en el enlace: debe ser {values}.',
  'link.tableNotLoaded': 'no se pudo cargar el conjunto de datos «{name}» (¿sin conexión en la primera visita?).',
  'link.embed': 'Se ha ignorado embed en el enlace: debe ser 1 o 0.',
  'link.lang': 'Se ha ignorado lang en el enlace: debe ser en o es.',
  'link.iterName': 'iter',
  'link.ignored': 'Se ha ignorado {field} en el enlace: {error}',
  'link.unknown': 'Se ha ignorado {field} en el enlace: el escenario {scenario} no tiene ese campo.',
  'link.cardAlone': 'Se ha ignorado card en el enlace: necesita una lección al lado (lesson=…&card=…).',
  'link.lessonId':
    'Se ha ignorado lesson en el enlace: una lección se nombra con palabras en minúscula unidas por guiones.',
  'link.cardName': 'card',
  'link.hide': 'Se ha ignorado «{name}» en hide: los paneles que se pueden ocultar son {values}.',
  'link.lessonUnknown':
    'Se ha ignorado lesson en el enlace: no hay ninguna lección «{id}»; las lecciones son {values}.',
  'link.cardRange':
    'Se ha ignorado card en el enlace: la lección tiene {count} tarjetas, así que empieza por la primera.',
};
