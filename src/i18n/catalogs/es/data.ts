import type { data as english } from '../en/data';
import type { Translation } from '../translation';

export const data: Translation<typeof english> = {
  'data.tooFew': 'Los datos necesitan al menos 1 punto.',
  'data.tooMany': 'Los datos pueden tener como mucho {max} puntos (hay {count}).',
  'data.pointAxis': 'La {axis} del punto {point}',
  'data.notPair': 'El punto {point} no está escrito como x:y.',
  'data.pointError': 'La {axis} del punto {point}: {error}',
  'data.noSpread': 'Todas las x son iguales: no hay dispersión que escalar.',
  'data.heading': 'Datos',
  'data.set': 'Conjunto de datos',
  'data.ownData': 'Tus propios datos',
  'data.ownAbout': 'Puntos que has editado, importado o estandarizado.',
  'data.setChosenRate':
    'Conjunto de datos «{name}»: {count, plural, one {# punto} other {# puntos}}; el entrenamiento vuelve a empezar con ellos. La tasa de aprendizaje {rate} diverge con ellos (por encima de {limit}), así que ahora la tasa es {safe}.',
  'data.setChosen':
    'Conjunto de datos «{name}»: {count, plural, one {# punto} other {# puntos}}; el entrenamiento vuelve a empezar con ellos.',
  'data.scaling.belowSlider':
    'Con esta x, las tasas de aprendizaje seguras terminan en {safe}, por debajo del mínimo del control deslizante, {slowest}: todas las tasas que ofrece divergen. Por eso se escalan las variables.',
  'data.scaling.large': 'La x llega a los cientos o más, lejos de la escala para la que se pensó el modelo.',
  'data.standardize': 'Estandarizar x',
  'data.standardized':
    'x estandarizada: se le ha restado su media, {mean}, y se ha dividido entre su desviación típica, {sd}, así que ahora x tiene media 0 y desviación típica 1.',
  'data.howToEdit':
    '{count, plural, one {# punto} other {# puntos}}. Arrastra un punto en la gráfica (o selecciónalo y usa las flechas), haz clic en un espacio vacío para añadir uno, Supr quita el seleccionado y suelta un archivo CSV sobre la gráfica para importarlo. Al editar se empieza de nuevo.',
  'data.import': 'Importar datos',
  'data.download': 'Descargar datos',
  'data.addPoint': 'Añadir punto',
  'data.reset': 'Restablecer datos',
  'data.resetDone': 'Los datos vuelven a ser los de partida; el entrenamiento empieza de nuevo.',
  'data.changed': 'Datos cambiados a {count, plural, one {# punto} other {# puntos}}; «Deshacer» está en el aviso.',
  'data.unchanged': '{error} Los datos no han cambiado.',
  'data.editTable': 'Editar los puntos como tabla',
  'data.loading': 'Cargando…',
  'data.table.caption': 'Puntos de datos',
  'data.table.field': '{axis} del punto {point}',
  'data.table.remove': 'Quitar',
  'data.table.removePoint': 'Quitar el punto {point}',
  'data.import.hint':
    'Dos columnas, primero x y después y, un punto por fila, separadas por comas, puntos y coma o tabuladores (como los copia una hoja de cálculo). La fila de encabezado es opcional; con puntos y coma o tabuladores también se lee la coma decimal (0,5). Hasta {max} puntos.',
  'data.import.text': 'Datos como CSV',
  'data.import.file': 'Abrir un archivo CSV',
  'data.import.unchanged': '{error} Los datos actuales no han cambiado.',
  'data.import.waiting': 'La vista previa aparece aquí cuando pegas texto o abres un archivo.',
  'data.import.use': 'Usar estos datos',
  'data.import.cancel': 'Cancelar',
  'data.import.done':
    'Se han importado {count, plural, one {# punto} other {# puntos}}; el entrenamiento vuelve a empezar con ellos.',
  'data.import.doneFrom':
    'Se han importado {count, plural, one {# punto} other {# puntos}} de {source}; el entrenamiento vuelve a empezar con ellos.',
  'data.preview.count': '{count, plural, one {# punto} other {# puntos}}',
  'data.preview.details':
    '{fromFile, select, yes { de {source}} other {}}, separados por {separator, select, comma {comas} semicolon {puntos y coma} other {tabuladores}}{decimalComma, select, yes {, con coma decimal} other {}}{hasHeader, select, yes {; se omite la fila de encabezado «{first}», «{second}»} other {}}.{extra, plural, =0 {} one { Se ignoran las columnas a partir de la tercera (# columna de más).} other { Se ignoran las columnas a partir de la tercera (# columnas de más).}}',
  'data.preview.caption': 'Vista previa de los puntos',
  'data.preview.more': '… y {count} más.',
  'data.csv.atLine': 'línea {line}: {error}',
  'data.csv.empty': 'El texto está vacío: pega filas de x e y, o abre un archivo CSV.',
  'data.csv.oneColumn':
    'solo hay una columna («{cell}»): cada fila necesita x e y, separadas por una coma, un punto y coma o un tabulador.',
  'data.csv.emptyCell': 'la celda de {axis} está vacía.',
  'data.csv.notFinite': 'la celda de {axis} no es un número finito.',
  'data.csv.notNumber': '«{cell}» no es un número.',
  'data.csv.notNumberComma':
    '«{cell}» no es un número (la coma decimal necesita «;» o un tabulador entre las columnas).',
  'data.csv.beyond': '{axis} = {value} supera el límite de ±{limit}.',
  'data.csv.tooMany': 'más de {max} puntos: los datos pueden tener como mucho {max}.',
  'data.csv.onlyHeader':
    'El texto no tiene puntos, solo una fila de encabezado: este escenario necesita al menos {min}.',
  'data.csv.tooFew':
    'El texto solo tiene {count, plural, one {# punto} other {# puntos}}: este escenario necesita al menos {min}.',
  'data.file.tooLarge': '{name} ocupa {size} MB: se pueden abrir archivos de hasta 1 MB.',
  'data.file.notText': '{name} no es un archivo de texto: guarda primero la hoja como CSV.',
  'data.file.notUtf8': '{name} no es texto UTF-8: guarda primero la hoja como CSV (UTF-8).',
};
