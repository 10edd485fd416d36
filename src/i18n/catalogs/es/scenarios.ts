import type { scenarios as english } from '../en/scenarios';
import type { Translation } from '../translation';

export const scenarios: Translation<typeof english> = {
  'setting.learningRateValue': 'Valor de la tasa de aprendizaje',
  'bias.setting.b3': 'b3 inicial',
  'linreg.setting.w': 'w inicial',
  'linreg.setting.b': 'b inicial',
  'linreg.setting.epochs': 'Épocas',
  'linreg.setting.every': 'Registrar cada',
  'linreg.setting.seed': 'Semilla del barajado',
  'linreg.setting.mode': 'Gradiente',
  'linreg.mode.batch': 'por lotes (todas las muestras en cada actualización, como el artículo)',
  'linreg.mode.stochastic': 'estocástico (una muestra barajada en cada actualización)',
  'network.setting.seed': 'Semilla aleatoria',
  'network.setting.train': 'Entrenar',
  'network.train.b3': 'solo b3 (el escenario del sesgo)',
  'network.train.w3w4b3': 'w3, w4, b3 (el siguiente paso de StatQuest)',
  'network.train.all': 'los 7 parámetros',
  'network.setting.init': 'Empezar desde',
  'network.init.statquest': 'los valores de StatQuest (b3 = 0)',
  'network.init.random': 'un inicio aleatorio con semilla',

  'set.own': 'Los datos propios del escenario',
  'set.statquest': 'Las tres dosis de StatQuest',
  'set.statquest.about': 'Los datos del vídeo: dosis 0; 0,5 y 1 con eficacia 0, 1 y 0.',
  'set.noisyLine': 'Recta con ruido (30 puntos)',
  'set.noisyLine.dosage.about':
    '30 puntos con ruido a lo largo de una recta creciente (con semilla: siempre los mismos). Con más puntos la SSR se vuelve más empinada: para b3 su curvatura es 2n = 60, así que las tasas mayores que 1/n ≈ 0,033 divergen.',
  'set.noisyLine.linreg.about':
    '30 puntos con ruido a lo largo de y = 1 + 0,5x (con semilla: siempre los mismos): la recta ajustada se queda cerca de la verdadera, no encima.',
  'set.outlier': 'Un valor atípico',
  'set.outlier.dosage.about':
    'Cinco dosis sobre la joroba de StatQuest y una muy por encima: con el error al cuadrado, ese único punto levanta todo el ajuste.',
  'set.outlier.linreg.about':
    'Nueve puntos sobre y = x y uno muy por debajo: con el error al cuadrado, ese único punto inclina toda la recta.',
  'set.thousands.dosage': 'Dosis en miligramos (x en miles)',
  'set.thousands.dosage.about':
    'Los datos de StatQuest con dosis de 0 a 1000 mg. Los pesos fijos de la red se pensaron para dosis entre 0 y 1, así que su curva queda a miles de estos datos, y entrenar sus pesos (no solo b3) exige una tasa muy por debajo del rango del deslizador. «Estandarizar x» devuelve x a una escala cercana a 1.',
  'set.article': 'El 1 a 5 del artículo',
  'set.article.about': 'Los datos del artículo: x = y = 1, 2, 3, 4, 5.',
  'set.thousands.linreg': 'x en miles',
  'set.thousands.linreg.about':
    'Los datos del artículo con x = 1000 a 5000. La pérdida es entonces tan empinada en w que toda tasa mayor que 1e-7 aproximadamente diverge, muy por debajo del rango del deslizador: por eso se escalan las variables. «Estandarizar x» lo arregla.',
  'scenario.stepWord.iteration': 'Iteración',
  'scenario.stepWord.epoch': 'Época',
  'scenario.loss.ssr': 'SSR',
  'scenario.loss.loss': 'pérdida',
  'scenario.column.iteration': 'Iteración',
  'scenario.column.epoch': 'Época',
  'scenario.column.symbol': '{symbol}',
  'scenario.diverged.overflow': 'Los números se desbordaron con la tasa de aprendizaje {rate}: {cause}.',
  'scenario.diverged.growth':
    'La {loss} creció durante {unit, select, epoch {{count, plural, one {# época seguida} other {# épocas seguidas}}} other {{count, plural, one {# paso seguido} other {# pasos seguidos}}}} con la tasa de aprendizaje {rate}: {cause}.',
  'scenario.hiddenAnswer': '? (se revela después de tu predicción)',
  'scenario.notTaken.converged': 'No se dará: el entrenamiento ya convergió.',
  'scenario.notTaken.settled':
    'No se dará: la regla de parada detuvo el entrenamiento (el tamaño del paso bajó de 0,001).',
  'scenario.notTaken.budget': 'No se dará: se agotó el presupuesto de pasos.',
  'scenario.notTaken.finished': 'No se dará: ya se hicieron todas las épocas.',
  'scenario.notTaken.diverging':
    'No se dará: el entrenamiento está divergiendo. Baja la tasa de aprendizaje para seguir desde aquí.',
  'scenario.whatIf.at': 'con la tasa de aprendizaje {rate}',

  'status.converged':
    'Convergió tras {unit, select, epoch {{count, plural, one {# época} other {# épocas}}} other {{count, plural, one {# paso} other {# pasos}}}}: {why}',
  'status.settled':
    'Detenido tras {unit, select, epoch {{count, plural, one {# época} other {# épocas}}} other {{count, plural, one {# paso} other {# pasos}}}}: {why}',
  'status.budget':
    'Detenido tras {unit, select, epoch {{count, plural, one {# época} other {# épocas}}} other {{count, plural, one {# paso} other {# pasos}}}}: se agotó el presupuesto de pasos sin converger.',
  'status.finished':
    '{unit, select, epoch {{count, plural, one {Terminada # época} other {Terminadas # épocas}}} other {{count, plural, one {Terminado # paso} other {Terminados # pasos}}}}: {why}',
  'status.diverging':
    'Divergiendo: {why} Baja la tasa de aprendizaje y sigue con «Paso» desde aquí, o pulsa «Reiniciar».',
  'status.ready':
    'Listo: pulsa «Paso» para {unit, select, epoch {entrenar la primera época} other {dar la primera iteración}}.',
  'status.running':
    'Ejecutando: {unit, select, epoch {{count, plural, one {# época} other {# épocas}}} other {{count, plural, one {# paso} other {# pasos}}}} hasta ahora.',
  'status.taken':
    '{unit, select, epoch {{count, plural, one {# época hecha} other {# épocas hechas}}} other {{count, plural, one {# paso dado} other {# pasos dados}}}}.',

  'forecast.sentence': 'Con {rate}: siguiente {values}; {outcome}.',
  'forecast.cannotStep':
    'Con {rate}: «Paso» no puede seguir desde esta {unit, select, epoch {época} other {iteración}}: {outcome}.',
  'forecast.converges':
    'converge tras {unit, select, epoch {{count, plural, one {# época más} other {# épocas más}}} other {{count, plural, one {# paso más} other {# pasos más}}}}',
  'forecast.overshootsConverges':
    'se pasa del mínimo y converge tras {unit, select, epoch {{count, plural, one {# época más} other {# épocas más}}} other {{count, plural, one {# paso más} other {# pasos más}}}}',
  'forecast.finishes':
    'termina tras {unit, select, epoch {{count, plural, one {# época más} other {# épocas más}}} other {{count, plural, one {# paso más} other {# pasos más}}}}',
  'forecast.overshootsFinishes':
    'se pasa del mínimo y termina tras {unit, select, epoch {{count, plural, one {# época más} other {# épocas más}}} other {{count, plural, one {# paso más} other {# pasos más}}}}',
  'forecast.overflows': 'diverge: los números se desbordan',
  'forecast.grows': 'diverge: la {loss} crece ×{growth} {unit, select, epoch {por época} other {por paso}}',
  'forecast.budget': 'no termina dentro del presupuesto de pasos',
  'forecast.stops':
    'se detiene tras {unit, select, epoch {{count, plural, one {# época más} other {# épocas más}}} other {{count, plural, one {# paso más} other {# pasos más}}}}, antes de llegar al mínimo',
  'forecast.noRule':
    'ninguna regla de parada actúa en {unit, select, epoch {{count, plural, one {la próxima época} other {las próximas # épocas}}} other {{count, plural, one {el próximo paso} other {los próximos # pasos}}}}',

  'bias.title': 'Sesgo final b3 de una red neuronal diminuta',
  'bias.choice': 'sesgo: entrenar b3 de la red de StatQuest',
  'bias.column.gradient': 'Gradiente',
  'bias.column.stepSize': 'Tamaño del paso',
  'bias.column.newB3': 'Nuevo b3',
  'bias.narrate':
    'Paso {iteration}: gradiente {gradient}, b3 se movió de {from} a {to} y la SSR {direction, select, fell {bajó} other {subió}} a {ssr}.',
  'bias.stop.converged':
    'b3 = {b3} está a {tolerance} o menos del mínimo b3* = {best} (el tamaño del paso bajó de {minStep}).',
  'bias.stop.settled':
    'el tamaño del paso bajó de {minStep} cuando b3 aún está a {distance} del mínimo {best}; con una tasa de aprendizaje mayor se llega.',
  'bias.guessChart': 'la gráfica de la SSR',
  'bias.divergenceCause':
    'la SSR es una parábola en b3 con curvatura 2n = {curvature}, así que cualquier tasa de aprendizaje mayor que 1/n = {limit} se pasa del mínimo cada vez más en cada paso',
  'bias.bands.basis': 'la curvatura de la SSR, 2n = {curvature}',

  'linreg.title': 'Regresión lineal simple ŷ = wx + b',
  'linreg.choice': 'regresión lineal: ajustar ŷ = wx + b',
  'linreg.column.loss': 'Pérdida',
  'linreg.column.newW': 'Nuevo w',
  'linreg.column.newB': 'Nuevo b',
  'linreg.narrate':
    'Época {epoch}: pérdida {loss}, dL/dw {dw}, dL/db {db}; w se movió de {w0} a {w1} y b de {b0} a {b1}.',
  'linreg.stop': 'w = {w} y b = {b}.',
  'linreg.divergenceCause':
    'la dirección más empinada del MSE tiene curvatura λmax = {lambda}, así que las tasas de aprendizaje mayores que 2/λmax = {limit} se pasan del mínimo cada vez más en cada época',
  'linreg.sweepRule': 'hasta que w y b se muevan cada uno menos de 0,001 en una época',
  'linreg.bands.basis': 'el mayor valor propio de la hessiana, λmax = {lambda}',

  'network.title': 'Retropropagación por los siete parámetros',
  'network.choice': 'red: retropropagación, hasta los 7 parámetros',
  'network.narrate':
    'Paso {iteration}: la SSR era {ssr}; el mayor movimiento fue el de {name}, de {from} a {to} (gradiente {gradient}).',
  'network.stop.converged':
    'todos los tamaños de paso bajaron de {minStep} y la longitud del gradiente es {norm}, menor que {tolerance}: un mínimo de la SSR (quizá local), con SSR {ssr}.',
  'network.stop.settled':
    'todos los tamaños de paso bajaron de {minStep} cuando la longitud del gradiente aún es {norm} (un mínimo necesita menos de {tolerance}): la regla de StatQuest lo detuvo antes de un mínimo.',
  'network.divergenceCause':
    'la mayor curvatura de la SSR al inicio es λmax ≈ {lambda}, así que las tasas mayores que 2/λmax ≈ {limit} se pasan del mínimo cada vez más en cada paso',
  'network.bands.basis':
    'la curvatura de la SSR al inicio, λmax ≈ {lambda} (la red no es una parábola: una guía, no una ley)',
};
