import type { messages as english } from './en';
import type { Translation } from '../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'network.setting.seed': 'Semilla aleatoria',
  'network.setting.train': 'Entrenar',
  'network.train.b3': 'solo b3 (el escenario del sesgo)',
  'network.train.w3w4b3': 'w3, w4, b3 (el siguiente paso de StatQuest)',
  'network.train.all': 'los 7 parámetros',
  'network.setting.init': 'Empezar desde',
  'network.init.statquest': 'los valores de StatQuest (b3 = 0)',
  'network.init.random': 'un inicio aleatorio con semilla',

  'network.title': 'Retropropagación por los siete parámetros',
  'network.choice': 'red: retropropagación, hasta los 7 parámetros',
  'network.narrate':
    'Paso {iteration}: la SSR era {ssr}; el mayor movimiento fue el de {name}, {move} (gradiente {gradient}).',
  'network.stop.converged':
    'todos los tamaños de paso bajaron de {minStep} y la longitud del gradiente es {norm}, menor que {tolerance}: un mínimo de la SSR (quizá local), con SSR {ssr}.',
  'network.stop.settled':
    'todos los tamaños de paso bajaron de {minStep} cuando la longitud del gradiente aún es {norm} (un mínimo necesita menos de {tolerance}): la regla de StatQuest lo detuvo antes de un mínimo.',
  'network.divergenceCause':
    'la mayor curvatura de la SSR al inicio es λmax ≈ {lambda}, así que las tasas mayores que 2/λmax ≈ {limit} se pasan del mínimo cada vez más en cada paso',
  'network.bands.basis':
    'la curvatura de la SSR al inicio, λmax ≈ {lambda} (la red no es una parábola: una guía, no una ley)',

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
  'network.check.hint':
    'Retropropagación frente a (SSR(p + h) − SSR(p − h)) / 2h con h = 10⁻⁶·max(1, |p|): si coinciden por debajo de {tolerance}, la regla de la cadena de arriba es correcta. Ambos se calculan con los parámetros actuales, donde empieza el próximo paso.',
  'network.check.caption': 'Gradientes analíticos y numéricos',
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
  'network.diagram.title': 'Diagrama de la red: elige un peso o un sesgo para ver su regla de la cadena',
  'network.diagram.parameter':
    '{name} = {value}, gradiente {gradient}{fixed, select, yes {, fijo} other {}}. Muestra su regla de la cadena.',
};
