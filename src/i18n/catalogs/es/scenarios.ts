import type { scenarios as english } from '../en/scenarios';
import type { Translation } from '../translation';

export const scenarios: Translation<typeof english> = {
  'setting.learningRateValue': 'Valor de la tasa de aprendizaje',

  'set.own': 'Los datos propios del escenario',
  'set.statquest': 'Las tres dosis de StatQuest',
  'set.statquest.about': 'Los datos del vídeo: dosis 0; 0,5 y 1 con eficacia 0, 1 y 0.',
  'set.noisyLine': 'Recta con ruido (30 puntos)',
  'set.noisyLine.dosage.about':
    '30 puntos con ruido a lo largo de una recta creciente (con semilla: siempre los mismos). Con más puntos la SSR se vuelve más empinada: para b3 su curvatura es 2n = 60, así que las tasas mayores que 1/n ≈ 0,033 divergen.',
  'set.outlier': 'Un valor atípico',
  'set.outlier.dosage.about':
    'Cinco dosis sobre la joroba de StatQuest y una muy por encima: con el error al cuadrado, ese único punto levanta todo el ajuste.',
  'set.thousands.dosage': 'Dosis en miligramos (x en miles)',
  'set.thousands.dosage.about':
    'Los datos de StatQuest con dosis de 0 a 1000 mg. Los pesos fijos de la red se pensaron para dosis entre 0 y 1, así que su curva queda a miles de estos datos, y entrenar sus pesos (no solo b3) exige una tasa muy por debajo del rango del deslizador. «Estandarizar x» devuelve x a una escala cercana a 1.',
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

  'scenario.listSeparator': '; ',
  'scenario.move.fromTo': 'de {from} a {to}',
  'scenario.move.by': 'en {change} hasta {to}',
  'scenario.derivation.stepSize': 'Tamaño del paso = gradiente × tasa de aprendizaje',
  'scenario.derivation.newHidden': '{value} − (tamaño del paso) = {hidden}',
  'scenario.fitTitle.statquest': 'Datos y el ajuste de la red',
  'scenario.axis.dosage': 'Dosis',
  'scenario.axis.efficacy': 'Eficacia',
};
