import type { messages as english } from './en';
import type { Translation } from '../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'surface.title': 'El laboratorio de superficies de pérdida: barrancos, puntos de silla y Rosenbrock',
  'surface.choice': 'superficie: f(x, y) y los optimizadores',
  'surface.setting.surface': 'Superficie',
  'surface.fn.bowl': 'Cuenco',
  'surface.fn.ravine': 'Barranco',
  'surface.fn.rosenbrock': 'Rosenbrock',
  'surface.fn.himmelblau': 'Himmelblau',
  'surface.fn.saddle': 'Punto de silla',
  'surface.fn.custom': 'Tu propia f(x, y)',
  'surface.setting.f': 'f(x, y)',
  'surface.setting.x0': 'x inicial',
  'surface.setting.y0': 'y inicial',
  'surface.setting.optimizer': 'Optimizador',
  'surface.setting.mu': 'μ del optimizador (momento)',
  'surface.setting.rho': 'ρ del optimizador (decaimiento)',
  'surface.setting.beta1': 'β1 del optimizador',
  'surface.setting.beta2': 'β2 del optimizador',
  'surface.setting.epsilon': 'ε del optimizador',
  'surface.setting.noise': 'Ruido del gradiente',
  'surface.setting.seed': 'Semilla',
  'surface.error.loading': 'El lector de fórmulas aún se está cargando; vuelve a intentarlo en un momento.',
  'surface.error.start': 'f no es finita en el inicio (x = {x}, y = {y}): mueve el inicio o cambia la fórmula.',
  'surface.column.newX': 'Nuevo x',
  'surface.column.newY': 'Nuevo y',
  'surface.lossName': 'f',

  'surface.narrate': 'Paso {iteration}: f valía {f}; gradiente ({gx}, {gy}); x {x}, y {y}.',
  'surface.stop.minimum':
    'la longitud del gradiente bajó a {norm}, menos de 0,0001, en un mínimo (los autovalores de la hessiana, {low} y {high}, no son negativos): f = {f} en ({x}, {y}).',
  'surface.stop.saddle':
    'se detuvo en un punto de silla: el gradiente es cero, pero esto no es un mínimo (los autovalores de la hessiana son {low} y {high}: f se curva hacia abajo en una dirección). En ({x}, {y}), f = {f}; un poco de ruido en el gradiente la haría caer por un lado.',
  'surface.stop.maximum':
    'se detuvo en un máximo: el gradiente es cero, pero esto no es un mínimo (los autovalores de la hessiana, {low} y {high}, son negativos). En ({x}, {y}), f = {f}.',
  'surface.divergenceCause':
    'la curvatura más fuerte de f en el inicio es λmáx ≈ {lambda} (el mayor autovalor de la hessiana), así que para el descenso de gradiente las tasas por encima de 2/λmáx ≈ {limit} se pasan cada vez más',
  'surface.bands.basis':
    'la curvatura de f en el inicio para el descenso de gradiente: allí los autovalores de la hessiana son {low} y {high} (exacto para el cuenco y el barranco, una guía local en las demás)',

  'surface.panel.heading': 'La superficie',
  'surface.panel.hint':
    'f en x e y, p. ej. x^2 + 3*y^2. Operadores + − * / ^ (con un número como exponente); funciones {functions}. Intro la aplica.',

  'surface.view.caption': 'Iteración {iteration}: f = {f} en ({x}, {y}), tasa de aprendizaje {rate}, {optimizer}',
  'surface.view.mapTitle': 'Superficie de pérdida f(x, y) = {formula}',
  'surface.view.mapDescription':
    'Curvas de nivel de f con niveles en escala logarítmica. {minima} Tras {count, plural, one {# paso} other {# pasos}} de {optimizer} el punto está en ({x}, {y}), f = {f}.',
  'surface.view.minima': '{count, plural, one {El mínimo está en {list}.} other {Los # mínimos están en {list}.}}',
  'surface.view.pick': 'Punto inicial x = {x}, y = {y}: haz clic en el mapa, o usa las flechas e Intro',
  'surface.view.xAxis': 'x',
  'surface.view.yAxis': 'y',
  'surface.view.velocity': 'velocidad',
  'surface.view.lanes': 'carriles de la carrera',
  'surface.view.colour': 'f sobre su mínimo en el mapa',
  'surface.view.lossTitle': 'f por iteración',
  'surface.view.lossAxis': 'f sobre su mínimo',
  'surface.view.lossDescription':
    'f tras cada una de {count, plural, one {# iteración} other {# iteraciones}}, ahora {f}, dibujada sobre el valor más bajo que alcanzaron la ejecución o el mapa.',
  'surface.view.whatIf':
    'Camino hipotético: los próximos {count} pasos con tasa de aprendizaje {rate}, hasta ({x}, {y})',
  'surface.view.whatIfLoss':
    'Camino hipotético: f en los próximos {count} pasos con tasa de aprendizaje {rate}, hasta {f}',

  'surface.state.heading': 'Estado del optimizador',
  'surface.state.caption': 'Lo que lleva {optimizer} y el paso que dará a continuación',
  'surface.state.quantity': 'Magnitud',
  'surface.state.gradient': 'Gradiente ∇f',
  'surface.state.noisy': 'Gradiente con ruido (σ = {sigma})',
  'surface.state.velocityIn': 'Velocidad que trae, v',
  'surface.state.velocityOut': 'Nueva velocidad v ← μv − η∇f',
  'surface.state.lookAhead': 'Nueva velocidad v ← μv − η∇f(x + μv) (el gradiente anticipado)',
  'surface.state.square': 'Media móvil de g², s',
  'surface.state.rate': 'Tasa por eje η / (√s + ε)',
  'surface.state.m': 'Primer momento m (gradiente medio)',
  'surface.state.v': 'Segundo momento v (g² medio)',
  'surface.state.mHat': 'm̂ = m / (1 − β1ᵗ)',
  'surface.state.vHat': 'v̂ = v / (1 − β2ᵗ)',
  'surface.state.step': 'Paso que da',
  'surface.state.gd':
    'El descenso de gradiente no lleva nada: cada paso es −η∇f, así que un eje empinado recibe un paso grande y uno llano, un paso pequeño.',
  'surface.state.momentum':
    'El momento lleva su velocidad: los pasos a lo largo del barranco se suman y los que lo cruzan se anulan.',
  'surface.state.adaptive':
    'Dividir por la raíz de la media de g² iguala los ejes: el paso en x es {sx} y en y {sy}, aunque el gradiente es {gx} y {gy}.',
  'surface.state.halted': 'La ejecución se ha detenido: este paso no se dará.',
};
