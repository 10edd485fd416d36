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
    'La {loss} creció durante {unit, select, epoch {{count, plural, one {{count} época seguida} other {{count} épocas seguidas}}} other {{count, plural, one {{count} paso seguido} other {{count} pasos seguidos}}}} con la tasa de aprendizaje {rate}: {cause}.',
  'scenario.hiddenAnswer': '? (se revela después de tu predicción)',
  'scenario.notTaken.converged': 'No se dará: el entrenamiento ya convergió.',
  'scenario.notTaken.settled':
    'No se dará: la regla de parada detuvo el entrenamiento (el tamaño del paso bajó de 0,001).',
  'scenario.notTaken.budget': 'No se dará: se agotó el presupuesto de pasos.',
  'scenario.notTaken.finished': 'No se dará: ya se hicieron todas las épocas.',
  'scenario.notTaken.diverging':
    'No se dará: el entrenamiento está divergiendo. Baja la tasa de aprendizaje para seguir desde aquí.',

  'status.converged':
    'Convergió tras {unit, select, epoch {{count, plural, one {{count} época} other {{count} épocas}}} other {{count, plural, one {{count} paso} other {{count} pasos}}}}: {why}',
  'status.settled':
    'Detenido tras {unit, select, epoch {{count, plural, one {{count} época} other {{count} épocas}}} other {{count, plural, one {{count} paso} other {{count} pasos}}}}: {why}',
  'status.budget':
    'Detenido tras {unit, select, epoch {{count, plural, one {{count} época} other {{count} épocas}}} other {{count, plural, one {{count} paso} other {{count} pasos}}}}: se agotó el presupuesto de pasos sin converger.',
  'status.finished':
    '{unit, select, epoch {{count, plural, one {Terminada {count} época} other {Terminadas {count} épocas}}} other {{count, plural, one {Terminado {count} paso} other {Terminados {count} pasos}}}}: {why}',
  'status.diverging':
    'Divergiendo: {why} Baja la tasa de aprendizaje y sigue con «Paso» desde aquí, o pulsa «Reiniciar».',
  'status.ready':
    'Listo: pulsa «Paso» para {unit, select, epoch {entrenar la primera época} other {hacer la primera iteración}}.',
  'status.running':
    'Ejecutando: {unit, select, epoch {{count, plural, one {{count} época} other {{count} épocas}}} other {{count, plural, one {{count} paso} other {{count} pasos}}}} hasta ahora.',
  'status.taken':
    '{unit, select, epoch {{count, plural, one {{count} época hecha} other {{count} épocas hechas}}} other {{count, plural, one {{count} paso dado} other {{count} pasos dados}}}}.',

  'forecast.sentence': 'Con {rate}: siguiente {values}; {outcome}.',
  'forecast.cannotStep':
    'Con {rate}: «Paso» no puede seguir desde esta {unit, select, epoch {época} other {iteración}}: {outcome}.',
  'forecast.converges':
    'converge tras {unit, select, epoch {{count, plural, one {{count} época más} other {{count} épocas más}}} other {{count, plural, one {{count} paso más} other {{count} pasos más}}}}',
  'forecast.overshootsConverges':
    'se pasa del mínimo y converge tras {unit, select, epoch {{count, plural, one {{count} época más} other {{count} épocas más}}} other {{count, plural, one {{count} paso más} other {{count} pasos más}}}}',
  'forecast.finishes':
    'termina tras {unit, select, epoch {{count, plural, one {{count} época más} other {{count} épocas más}}} other {{count, plural, one {{count} paso más} other {{count} pasos más}}}}',
  'forecast.overshootsFinishes':
    'se pasa del mínimo y termina tras {unit, select, epoch {{count, plural, one {{count} época más} other {{count} épocas más}}} other {{count, plural, one {{count} paso más} other {{count} pasos más}}}}',
  'forecast.overflows': 'diverge: los números se desbordan',
  'forecast.grows': 'diverge: la {loss} crece ×{growth} {unit, select, epoch {por época} other {por paso}}',
  'forecast.budget': 'no termina dentro del presupuesto de pasos',
  'forecast.stops':
    'se detiene tras {unit, select, epoch {{count, plural, one {{count} época más} other {{count} épocas más}}} other {{count, plural, one {{count} paso más} other {{count} pasos más}}}}, antes de llegar al mínimo',
  'forecast.noRule':
    'ninguna regla de parada actúa en {unit, select, epoch {{count, plural, one {la próxima época} other {las próximas {count} épocas}}} other {{count, plural, one {el próximo paso} other {los próximos {count} pasos}}}}',

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
  'linreg.sweepRule': 'hasta que w y b estén cada uno a menos de 0,01 del mínimo (la recta de mínimos cuadrados)',
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
  'scenario.listSeparator': '; ',
  'scenario.derivation.stepSize': 'Tamaño del paso = gradiente × tasa de aprendizaje',
  'scenario.derivation.newHidden': '{value} − (tamaño del paso) = {hidden}',
  'scenario.fitTitle.network': 'Datos y el ajuste de la red',
  'scenario.axis.dosage': 'Dosis',
  'scenario.axis.efficacy': 'Eficacia',

  'bias.derivation.heading': 'Siguiente paso (iteración {iteration}), desde b3 = {b3}: la regla de la cadena',
  'bias.derivation.region': 'Predicciones, desplazable hacia los lados',
  'bias.derivation.caption': 'Predicciones con b3 = {b3}',
  'bias.derivation.dosage': 'Dosis x',
  'bias.derivation.efficacy': 'Eficacia y',
  'bias.derivation.predicted': 'ŷ predicho',
  'bias.derivation.residual': 'Residuo y − ŷ',
  'bias.derivation.gradient': 'Gradiente dSSR/db3',
  'bias.derivation.newB3': 'Nuevo b3 = b3 − tamaño del paso',
  'bias.view.loading': 'Cargando la regla de la cadena…',
  'bias.view.whatIfSsr':
    'Trayectoria hipotética: {count, plural, one {el próximo paso} other {los próximos {count} pasos}} con la tasa de aprendizaje {rate}, b3 de {from} a {to}',
  'bias.view.whatIfFit':
    'Trayectoria hipotética: el ajuste tras el próximo paso con la tasa de aprendizaje {rate}, b3 = {b3}',
  'bias.view.caption': 'Iteración {iteration}: b3 = {b3}, SSR = {ssr}, tasa de aprendizaje {rate}',
  'bias.view.ssrTitle': 'SSR frente a b3',
  'bias.view.ssrDescription':
    'La SSR es una parábola en b3, con su mínimo ({lowest}) en b3 = {best}. El b3 actual es {b3}, con SSR {ssr}; la tangente en ese punto tiene pendiente {slope}, el gradiente del próximo paso.',
  'bias.view.tangent': 'pendiente de la tangente {slope}',
  'bias.view.minimum': 'mín. b3* = {best}',
  'bias.view.current': 'ahora b3 = {b3}',
  'bias.view.xAxis': 'b3 (sesgo final)',
  'bias.view.fitDescription':
    '{count, plural, one {{count} observación} other {{count} observaciones}} y la curva ajustada con b3 = {b3}; predicciones {predictions}.',
  'bias.view.curve': 'ajuste con b3 = {b3}',

  'linreg.derivation.heading': 'Siguiente época (época {epoch}), desde w = {w}, b = {b}: la regla de la cadena',
  'linreg.derivation.sample': 'Muestra',
  'linreg.derivation.sampleOption': 'Muestra {n}: x = {x}, y = {y}',
  'linreg.derivation.prediction': 'Predicción ŷ = wx + b',
  'linreg.derivation.forEach': 'para cada muestra',
  'linreg.derivation.shuffled': 'en un orden barajado:',
  'linreg.derivation.stochasticHeading':
    'Estocástico: una muestra cada vez ({count, plural, one {{count} actualización} other {{count} actualizaciones}} por época)',
  'linreg.derivation.stochasticHint':
    'Sin promediar sobre el lote: tras cada muestra, en un orden que se baraja en cada época, w y b se mueven la tasa de aprendizaje por el gradiente de esa única muestra.',
  'linreg.derivation.meanDw': 'Media de los {count} dL/dw por muestra aplicados en esta época',
  'linreg.derivation.meanDb': 'Media de los {count} dL/db por muestra',
  'linreg.derivation.afterEpoch': 'Tras la época',
  'linreg.derivation.after': 'w = {w} y b = {b}',
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
  'linreg.view.export': 'Exportar Python',
  'linreg.view.exportStochastic':
    'El script es la versión por lotes del artículo: cambia a gradientes por lotes para exportarlo.',
  'linreg.view.exportBatch':
    'El script del artículo con estos ajustes: ejecútalo con numpy y escribirá el mismo registro.',

  'network.derivation.heading':
    'Siguiente paso (iteración {iteration}), desde {name} = {value}: retropropagación hasta {name}',
  'network.derivation.region': 'Propagación hacia delante, desplazable hacia los lados',
  'network.derivation.caption':
    'Propagación hacia delante con los parámetros actuales (σ es la función logística, la derivada de softplus)',
  'network.derivation.term': 'término de {name}',
  'network.derivation.sum': 'dSSR/d{name} (suma de los términos)',
  'network.derivation.new': 'Nuevo {name}',
  'network.derivation.step': 'Paso',
  'network.derivation.fixed': '{name} está fijo con estos ajustes: su gradiente se muestra, pero no se aplica.',
  'network.check.heading': 'Comprobación del gradiente',
  'network.check.hint':
    'Retropropagación frente a (SSR(p + h) − SSR(p − h)) / 2h con h = 10⁻⁶·max(1, |p|): si coinciden por debajo de {tolerance}, la regla de la cadena de arriba es correcta. Ambos se calculan con los parámetros actuales, donde empieza el próximo paso.',
  'network.check.region': 'Comprobación del gradiente, desplazable hacia los lados',
  'network.check.caption': 'Gradientes analíticos y numéricos',
  'network.check.parameter': 'Parámetro',
  'network.check.backprop': 'Retropropagación',
  'network.check.numeric': 'Diferencia finita',
  'network.check.error': 'Error relativo',
  'network.check.agrees': '{error} ✓ coincide',
  'network.check.differs': '{error} ✗ difiere',
  'network.view.whatIfFit': 'Trayectoria hipotética: el ajuste tras el próximo paso con la tasa de aprendizaje {rate}',
  'network.view.whatIfLoss':
    'Trayectoria hipotética: la SSR en {count, plural, one {el próximo paso} other {los próximos {count} pasos}} con la tasa de aprendizaje {rate}, hasta {ssr}',
  'network.view.caption': 'Iteración {iteration}: SSR = {ssr}, tasa de aprendizaje {rate}',
  'network.view.nodeX': 'Entrada x; primer dato x = {x}',
  'network.view.nodeH1': 'Nodo oculto 1: w1x + b1 = {z}, softplus = {h} (primer punto)',
  'network.view.nodeH2': 'Nodo oculto 2: w2x + b2 = {z}, softplus = {h} (primer punto)',
  'network.view.nodeOut': 'Salida ŷ = w3·h1 + w4·h2 + b3 = {y} (primer punto)',
  'network.view.fitDescription':
    '{count, plural, one {{count} observación} other {{count} observaciones}} y la curva de la red; SSR {ssr}.',
  'network.view.curve': 'ajuste, SSR {ssr}',
  'network.view.ssrTitle': 'SSR frente a iteración (escala logarítmica)',
  'network.view.ssrDescription':
    'Tras {count, plural, one {{count} iteración} other {{count} iteraciones}}: SSR {ssr}.',
  'network.view.sparklines': 'Parámetros entrenados a lo largo de las iteraciones',
  'network.view.fromTo': 'de {from} a {to}',
  'network.view.noSteps': 'aún no hay pasos',
};
