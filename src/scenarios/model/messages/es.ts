import type { messages as english } from './en';
import type { Translation } from '../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'model.title': 'Tu propio modelo ŷ = f(x), entrenado por retropropagación',
  'model.choice': 'modelo: escribe tú ŷ',
  'model.setting.model': 'Modelo',
  'model.setting.start': '{name} inicial',
  'model.setting.loss': 'Pérdida',
  'model.loss.ssr': 'SSR (suma de los residuos al cuadrado)',
  'model.loss.mse': 'MSE (media de los residuos al cuadrado)',
  'model.setting.ready': 'Modelo listo para usar',
  'model.ready.line': 'Recta: w*x + b',
  'model.ready.parabola': 'Parábola: a*x^2 + b*x + c',
  'model.ready.statquest': 'La red de StatQuest (dos nodos softplus)',
  'model.ready.sigmoid': 'Una neurona sigmoide: sigmoid(w*x + b)',
  'model.ready.own': 'Tu propia fórmula',
  'model.error.loading': 'El lector de fórmulas aún se está cargando; vuelve a intentarlo en un momento.',
  'model.column.new': 'Nuevo {name}',

  'model.narrate':
    'Paso {iteration}: la {loss} era {value}; el mayor movimiento fue el de {name}, {move} (gradiente {gradient}).',
  'model.stop.converged':
    'la longitud del gradiente bajó a {norm}, menos de {tolerance}: un mínimo de la {loss} (quizá local), con {loss} {value}.',
  'model.divergenceCause':
    'la mayor curvatura de la {loss} al inicio es λmax ≈ {lambda} (de una hessiana por diferencias finitas), así que las tasas mayores que 2/λmax ≈ {limit} se pasan del mínimo cada vez más en cada paso',
  'model.bands.basis':
    'la curvatura de la {loss} al inicio, λmax ≈ {lambda}, de una hessiana por diferencias finitas (local: exacta para un modelo lineal en sus parámetros, una guía en otro caso)',

  'model.panel.heading': 'El modelo',
  'model.panel.hint':
    'ŷ en x y en parámetros, p. ej. a*x^2 + b*x + c. Operadores + − * / ^ (con un número como exponente); funciones {functions}. Cualquier otro nombre es un parámetro con su propio valor inicial. Intro lo aplica.',
  'model.panel.parameters': 'Parámetros: {names}',
  'model.panel.loading': 'Cargando el lector de fórmulas…',
  'model.panel.startProblem':
    '{error} Los pasos no pueden empezar ahí: cambia un valor inicial, el modelo o los datos.',

  'model.view.caption': 'Iteración {iteration}: {loss} = {value}, tasa de aprendizaje {rate}',
  'model.view.fitTitle': 'Los datos y el ajuste del modelo',
  'model.view.fitDescription':
    '{count} puntos de datos y la curva ŷ = {model} con los parámetros actuales, {loss} = {value}.',
  'model.view.curve': 'ŷ, {loss} = {value}',
  'model.view.lossTitle': '{loss} por iteración',
  'model.view.lossDescription': 'La {loss} tras cada una de las {count} iteraciones, ahora {value}.',
  'model.view.whatIfFit': 'Camino hipotético: el ajuste tras el siguiente paso con tasa de aprendizaje {rate}',
  'model.view.whatIfLoss':
    'Camino hipotético: la {loss} en los siguientes {count} pasos con tasa de aprendizaje {rate}, hasta {value}',

  'model.check.hint':
    'El gradiente retropropagado por el grafo frente a ({loss}(p + h) − {loss}(p − h)) / 2h con h = 10⁻⁶·máx(1, |p|): una concordancia por debajo de {tolerance} indica que la retropropagación es correcta. Ambos con los parámetros actuales, donde empieza el siguiente paso.',
  'model.check.caption': 'Gradientes retropropagados y por diferencias finitas',
};
