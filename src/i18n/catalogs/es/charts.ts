import type { charts as english } from '../en/charts';
import type { Translation } from '../translation';

export const charts: Translation<typeof english> = {
  'charts.sweep.xLabel': 'Tasa de aprendizaje (log)',
  'charts.sweep.diverges': 'diverge',
  'charts.sweep.fastestFull':
    'la más rápida, {rate}: {steps, plural, one {# {unit, select, epoch {época} other {paso}}} other {# {unit, select, epoch {épocas} other {pasos}}}}',
  'charts.sweep.fastest': 'la más rápida, {rate}',
  'charts.sweep.pointDiverges': '{rate}: diverge',
  'charts.sweep.pointBudget': '{rate}: no converge en {budget} {unit, select, epoch {épocas} other {pasos}}',
  'charts.sweep.pointSteps':
    '{rate}: {steps, plural, one {# {unit, select, epoch {época} other {paso}}} other {# {unit, select, epoch {épocas} other {pasos}}}}',
  'charts.sweep.pick':
    'Fija la tasa de aprendizaje: {point}. Las flechas eligen otra tasa y Intro la fija; un clic fija la tasa que está bajo el puntero.',
  'charts.sweep.pickNone': 'Fija la tasa de aprendizaje: un clic fija la tasa que está bajo el puntero.',
  'charts.surface.colour': 'MSE (color logarítmico)',
  'charts.surface.pathTaken': 'camino recorrido',
  'charts.surface.nextStep': 'siguiente paso',
  'charts.surface.minimum': 'mínimo',
  'charts.ssr.guess': 'tu predicción',
  'charts.fit.before': 'antes del último paso',
  'charts.fit.draggable': 'punto arrastrable',
  'charts.fit.point': 'Punto {point}: {xName} {x}, {yName} {y}. Las flechas lo mueven y Supr lo quita.',
  'charts.fit.residuals': 'residuos de {shown, number} de {count, number} puntos',
};
