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
};
