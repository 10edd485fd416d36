import type { messages as english } from './en';
import type { Translation } from '../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'bias.setting.b3': 'b3 inicial',

  'bias.title': 'Sesgo final b3 de una red neuronal diminuta',
  'bias.choice': 'sesgo: entrenar b3 de la red de StatQuest',
  'bias.column.gradient': 'Gradiente',
  'bias.column.stepSize': 'Tamaño del paso',
  'bias.column.newB3': 'Nuevo b3',
  'bias.narrate':
    'Paso {iteration}: gradiente {gradient}, b3 se movió {move} y la SSR {direction, select, fell {bajó} other {subió}} a {ssr}.',
  'bias.stop.converged':
    'b3 = {b3} está a {tolerance} o menos del mínimo b3* = {best} (el tamaño del paso bajó de {minStep}).',
  'bias.stop.settled':
    'el tamaño del paso bajó de {minStep} cuando b3 aún está a {distance} del mínimo {best}; con una tasa de aprendizaje mayor se llega.',
  'bias.guessChart': 'la gráfica de la SSR',
  'bias.divergenceCause':
    'la SSR es una parábola en b3 con curvatura 2n = {curvature}, así que cualquier tasa de aprendizaje mayor que 1/n = {limit} se pasa del mínimo cada vez más en cada paso',
  'bias.bands.basis': 'la curvatura de la SSR, 2n = {curvature}',

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
};
