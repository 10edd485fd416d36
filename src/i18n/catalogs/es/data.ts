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
  'data.setNotLoaded': 'No se pudo cargar el conjunto de datos «{name}» (¿sin conexión en la primera visita?). Los datos no han cambiado.',
  'data.howToEditTable':
    '{count, plural, one {# punto} other {# puntos}}: demasiados para editarlos uno a uno (se puede hasta {max}). Descárgalos para editarlos en una hoja de cálculo y vuelve a importar la tabla.',
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
    'Una tabla de una hoja de cálculo, con las celdas separadas por comas, puntos y coma o tabuladores; con puntos y coma o tabuladores también se lee la coma decimal (0,5). Si tiene fila de encabezado o más de dos columnas, elige abajo las columnas x e y; si no, x es la primera columna e y la segunda. Las filas sin un número en las dos se omiten, y se nombran. Hasta {max, number} puntos; archivos de hasta {megabytes} MB.',
  'data.import.text': 'Datos como CSV',
  'data.import.file': 'Abrir un archivo CSV',
  'data.import.unchanged': '{error} Los datos actuales no han cambiado.',
  'data.import.waiting': 'La vista previa aparece aquí cuando pegas texto o abres un archivo.',
  'data.import.use': 'Usar estos datos',
  'data.import.cancel': 'Cancelar',
  'data.import.xColumn': 'Columna x',
  'data.import.yColumn': 'Columna y',
  'data.import.reading': '{fromFile, select, yes {Leyendo {name}…} other {Leyendo el texto pegado…}}',
  'data.import.stopped':
    'Lectura detenida: los datos actuales no han cambiado. Abre de nuevo el archivo, o edita el texto, para leerlo.',
  'data.import.failed': 'Este navegador no ha podido leer la tabla: los datos actuales no han cambiado.',
  'data.import.done':
    'Se han importado {count, plural, one {# punto} other {# puntos}}; el entrenamiento vuelve a empezar con ellos.',
  'data.import.doneFrom':
    'Se han importado {count, plural, one {# punto} other {# puntos}} de {source}; el entrenamiento vuelve a empezar con ellos.',
  'data.preview.count': '{count, plural, one {# punto} other {# puntos}}',
  'data.preview.details':
    '{fromFile, select, yes { de {source}} other {}}, separados por {separator, select, comma {comas} semicolon {puntos y coma} other {tabuladores}}{decimalComma, select, yes {, con coma decimal} other {}}{hasHeader, select, yes {; la primera fila nombra las columnas} other {}}.{columns, plural, =2 {} other { La tabla tiene # columnas, {numeric} con números.}}',
  'data.preview.caption': 'Vista previa de los puntos',
  'data.preview.more': '… y {count, number} más.',
  'data.preview.axisColumn': '{axis} ({name})',
  'data.preview.scatter':
    'Dispersión de las columnas elegidas ({shown, plural, one {# punto} other {# puntos}} de {count, number})',
  'data.table.column': 'Columna {index}',
  'data.table.skipped':
    '{count, plural, one {# fila omitida} other {# filas omitidas}}: línea {lines}{more, plural, =0 {} other { y # más}}. En la línea {first}, {reason}',
  'data.table.tooFew':
    '{count, plural, =0 {Ninguna fila tiene} one {Solo # fila tiene} other {Solo # filas tienen}} un número en las dos columnas elegidas: este escenario necesita al menos {min}. {skipped}',
  'data.table.noNumbers': 'Ninguna columna contiene números: un punto necesita dos, x e y.',
  'data.table.oneNumber': 'Solo una columna contiene números («{name}»): un punto necesita dos, x e y.',
  'data.table.mixed':
    'esta fila tiene {cells, plural, one {# celda} other {# celdas}} y {other, select, comma {una coma} semicolon {un punto y coma} other {un tabulador}}, mientras que la línea {first} tiene {width} separadas por {separator, select, comma {comas} semicolon {puntos y coma} other {tabuladores}}: usa un solo separador en todo el archivo.',
  'data.table.tooManyRows':
    'más de {rows, number} filas: este escenario admite como mucho {max, number} puntos, y una tabla como mucho el doble de filas.',
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
  'data.csv.tooMany': 'más de {max, number} puntos: los datos pueden tener como mucho {max, number}.',
  'data.csv.onlyHeader':
    'El texto no tiene puntos, solo una fila de encabezado: este escenario necesita al menos {min}.',
  'data.csv.tooFew':
    'El texto solo tiene {count, plural, one {# punto} other {# puntos}}: este escenario necesita al menos {min}.',
  'data.file.tooLarge': '{name} ocupa {size} MB: se pueden abrir archivos de hasta {limit} MB.',
  'data.file.notText': '{name} no es un archivo de texto: guarda primero la hoja como CSV.',
  'data.file.notUtf8': '{name} no es texto UTF-8: guarda primero la hoja como CSV (UTF-8).',
};
