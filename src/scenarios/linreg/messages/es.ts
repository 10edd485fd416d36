import type { messages as english } from './en';
import type { Translation } from '../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'linreg.setting.w': 'w inicial',
  'linreg.setting.b': 'b inicial',
  'linreg.setting.epochs': 'Épocas',
  'linreg.setting.every': 'Registrar cada',
  'linreg.setting.seed': 'Semilla del barajado',
  'linreg.setting.batch': 'Tamaño del lote',
  'linreg.batch.full':
    '{count, plural, one {El único punto} other {Los # puntos}} en cada actualización: lotes completos, como el artículo (1 es el descenso estocástico).',
  'linreg.batch.mini':
    '{batches, plural, one {# actualización} other {# actualizaciones}} por época, cada una con el siguiente trozo de {count, plural, one {# punto} other {los # puntos}}, barajados de nuevo en cada época ({count} son lotes completos).{capped, select, yes { Una ejecución se detiene tras {max} actualizaciones.} other {}}',

  'linreg.set.noisyLine.about':
    '30 puntos con ruido a lo largo de y = 1 + 0,5x (con semilla: siempre los mismos): la recta ajustada se queda cerca de la verdadera, no encima.',
  'linreg.set.outlier.about':
    'Nueve puntos sobre y = x y uno muy por debajo: con el error al cuadrado, ese único punto inclina toda la recta.',
  'linreg.set.article': 'El 1 a 5 del artículo',
  'linreg.set.article.about': 'Los datos del artículo: x = y = 1, 2, 3, 4, 5.',
  'linreg.set.thousands': 'x en miles',
  'linreg.set.thousands.about':
    'Los datos del artículo con x = 1000 a 5000. La pérdida es entonces tan empinada en w que toda tasa mayor que 1e-7 aproximadamente diverge, muy por debajo del rango del deslizador: por eso se escalan las variables. «Estandarizar x» lo arregla.',

  'linreg.set.faithful': 'Géiser Old Faithful',
  'linreg.set.faithful.about':
    'Las 272 erupciones del Old Faithful: la duración de la erupción (y) frente al tiempo de espera (x), en minutos. A esperas más largas les corresponden erupciones más largas, y los puntos forman dos grupos: una sola recta pasa por los dos y ajusta bien, pero sobre todo une los grupos y dice poco dentro de cada uno.',
  'linreg.set.faithful.source':
    'Fuente: Azzalini y Bowman (1990), «A look at some data on the Old Faithful geyser», y Härdle (1991), a través del conjunto de datos faithful de R.',
  'linreg.set.galton': 'Estaturas de Galton',
  'linreg.set.galton.about':
    'Los 928 hijos de Galton: la estatura del hijo (y) frente a la estatura media de los padres (x), en pulgadas. Los padres más altos suelen tener hijos más altos, pero la pendiente es menor que 1: los hijos de padres muy altos o muy bajos quedan, en promedio, más cerca de la media. Galton lo llamó «regresión», y de ahí viene la palabra.',
  'linreg.set.galton.source':
    'Fuente: Galton (1886), «Regression towards mediocrity in hereditary stature», a través del conjunto de datos Galton del paquete HistData de R. Dominio público.',

  'linreg.title': 'Regresión lineal simple ŷ = wx + b',
  'linreg.choice': 'regresión lineal: ajustar ŷ = wx + b',
  'linreg.column.batch': 'Lote',
  'linreg.column.loss': 'Pérdida',
  'linreg.column.newW': 'Nuevo w',
  'linreg.column.newB': 'Nuevo b',
  'linreg.narrate': 'Época {epoch}: pérdida {loss}, dL/dw {dw}, dL/db {db}; w se movió {w} y b {b}.',
  'linreg.narrateBatch':
    'Época {epoch}, lote {batch} de {batches}: pérdida del lote {loss}, dL/dw {dw}, dL/db {db}; w se movió {w} y b {b}.',
  'linreg.stop': 'w = {w} y b = {b}.',
  'linreg.divergenceCause':
    'la dirección más empinada del MSE tiene curvatura λmax = {lambda}, así que las tasas de aprendizaje mayores que 2/λmax = {limit} se pasan del mínimo cada vez más en cada época',
  'linreg.sweepRule': 'hasta que w y b estén cada uno a menos de 0,01 del mínimo (la recta de mínimos cuadrados)',
  'linreg.bands.basis': 'el mayor valor propio de la hessiana, λmax = {lambda}',

  'linreg.derivation.heading': 'Siguiente época (época {epoch}), desde w = {w}, b = {b}: la regla de la cadena',
  'linreg.derivation.sample': 'Muestra',
  'linreg.derivation.sampleOption': 'Muestra {n}: x = {x}, y = {y}',
  'linreg.derivation.prediction': 'Predicción ŷ = wx + b',
  'linreg.derivation.batchOf':
    'Siguiente actualización: época {epoch}, lote {batch} de {batches}, desde w = {w}, b = {b}: la regla de la cadena',
  'linreg.derivation.miniHeading':
    'El minilote: el promedio de sus {size, plural, one {# muestra} other {# muestras}} (el factor 2/|B|)',
  'linreg.derivation.miniHint':
    'En cada época se barajan los {count} puntos (Semilla del barajado) y se cortan en lotes; cada actualización promedia los gradientes por muestra de un lote, así que solo sigue a grandes rasgos la pendiente de todos los datos.',
  'linreg.derivation.batchHeading': 'El lote: el promedio de las {count} muestras (el factor 2/m)',
  'linreg.derivation.newW': 'Nuevo w = w − tasa de aprendizaje × dL/dw',
  'linreg.derivation.newB': 'Nuevo b = b − tasa de aprendizaje × dL/db',
  'linreg.view.valley': 'El valle es {ratio} veces más empinado a lo ancho que a lo largo.',
  'linreg.view.flatValley':
    'El fondo del valle es plano: todas las x son iguales, así que muchas rectas se ajustan igual de bien.',
  'linreg.view.whatIfSurface':
    'Trayectoria hipotética: {count, plural, one {la próxima época} other {las próximas {count} épocas}} con la tasa de aprendizaje {rate}, hasta w = {w}, b = {b}',
  'linreg.view.whatIfFit':
    'Trayectoria hipotética: la recta tras la próxima época con la tasa de aprendizaje {rate}, ŷ = {w}x + {b}',
  'linreg.view.whatIfLoss':
    'Trayectoria hipotética: la pérdida en {count, plural, one {la próxima época} other {las próximas {count} épocas}} con la tasa de aprendizaje {rate}, hasta {loss}',
  'linreg.view.caption': 'Época {epoch}: w = {w}, b = {b}, MSE = {mse}, tasa de aprendizaje {rate}',
  'linreg.view.fitTitle': 'Datos y la recta ajustada',
  'linreg.view.fitDescription': '{count, plural, one {{count} punto} other {{count} puntos}} y la recta {equation}.',
  'linreg.view.surfaceTitle': 'Superficie de pérdida sobre w y b',
  'linreg.view.surfaceMinimum': 'Curvas de nivel rellenas del MSE; el mínimo está en w = {w}, b = {b}.',
  'linreg.view.surfaceLine': 'Curvas de nivel rellenas del MSE; el mínimo es toda una recta (todas las x son iguales).',
  'linreg.view.surfacePath':
    'La trayectoria tiene {count, plural, one {{count} paso} other {{count} pasos}} y ahora está en w = {w}, b = {b}, MSE {mse}.',
  'linreg.view.slope': 'w (pendiente)',
  'linreg.view.intercept': 'b (ordenada en el origen)',
  'linreg.view.lossTitle': 'Pérdida frente a época (escala logarítmica)',
  'linreg.view.lossDescription': 'Tras {count, plural, one {{count} época} other {{count} épocas}}: pérdida {loss}.',
  'linreg.view.lossAxis': 'Pérdida (MSE)',
  'linreg.view.lossDescriptionMini':
    'Tras {count, plural, one {# actualización} other {# actualizaciones}}: pérdida sobre todos los datos {loss}; la línea tenue es la pérdida de cada lote.',
  'linreg.view.updateAxis': 'Actualización',
  'linreg.view.batchLoss': 'pérdida del lote',
  'linreg.view.fullLoss': 'pérdida sobre todos los datos',
  'linreg.view.export': 'Exportar Python',
  'linreg.view.exportMini':
    'El script es la versión con lotes completos del artículo: pon el tamaño del lote en {count} para exportarlo.',
  'linreg.view.exportBatch':
    'El script del artículo con estos ajustes: ejecútalo con numpy y escribirá el mismo registro.',

  'linreg.log.heading': 'Registro de entrenamiento',
  'linreg.log.hint':
    'Lo que imprime el script de Python del artículo: una línea {every, plural, one {en cada época} other {cada # épocas}} (la pérdida antes de la actualización; w y b, después).',
  'linreg.log.showing': 'Se muestran las últimas {shown} de {total} líneas.',
};
