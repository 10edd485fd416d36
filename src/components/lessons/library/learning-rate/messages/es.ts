import type { messages as english } from './en';
import type { Translation } from '../../../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'lessons.learning-rate.title': 'La tasa de aprendizaje',
  'lessons.learning-rate.summary': 'Demasiado pequeña, justa, pasándose, divergiendo, y por qué el límite es 1/n.',
  'lessons.learning-rate.bands.heading': 'Un número escala cada paso',
  'lessons.learning-rate.bands.text':
    'La tasa de aprendizaje multiplica el gradiente para dar el paso. Su control deslizante está sombreado según las matemáticas de los datos: las tasas verdes bajan de forma constante, las amarillas se pasan del mínimo pero convergen, las rojas divergen.',
  'lessons.learning-rate.diverge.heading': 'Haz que diverja',
  'lessons.learning-rate.diverge.text':
    'Una tasa de la franja roja hace que cada paso caiga más lejos del mínimo que el anterior.',
  'lessons.learning-rate.diverge.task':
    'Pon la tasa de aprendizaje por encima de {limit} y pulsa Paso hasta que el estado diga Divergiendo.',
  'lessons.learning-rate.why.heading': '¿Por qué 1/n?',
  'lessons.learning-rate.why.text':
    'Con los tres puntos de estos datos, toda tasa mayor que 1/n = 1/3 diverge, y una tasa de 1/6 cae en el mínimo en un solo paso.',
  'lessons.learning-rate.why.question': '¿Por qué diverge aquí toda tasa mayor que 1/3?',
  'lessons.learning-rate.why.curvature': 'La SSR es una parábola de curvatura 2n = 6',
  'lessons.learning-rate.why.curvature.why':
    'Sí. Cada paso multiplica la distancia al mínimo por 1 − 6 × tasa. Por encima de 1/3 ese factor es menor que −1, así que cada paso salta al otro lado del mínimo y cae más lejos.',
  'lessons.learning-rate.why.small': 'El gradiente se vuelve demasiado pequeño',
  'lessons.learning-rate.why.small.why':
    'Al revés: cuando una ejecución diverge, el gradiente crece con la distancia al mínimo, paso tras paso.',
  'lessons.learning-rate.why.points': 'Tres puntos son muy pocos para aprender',
  'lessons.learning-rate.why.points.why':
    'Tres puntos bastan para un parámetro. El número de puntos cuenta a través de la curvatura 2n, que fija la mayor tasa que aún converge.',
  'lessons.learning-rate.goal.heading': 'Reto: cuatro pasos',
  'lessons.learning-rate.goal.text':
    'Desde b3 = 0, la tasa por defecto 0,1 necesita más de cuatro pasos para bajar la SSR de 0,01. Elige una tasa mejor y pulsa Paso (Reiniciar vuelve a empezar desde b3 = 0).',
  'lessons.learning-rate.goal.goal': 'Llega a SSR < 0,01 en 4 pasos como mucho.',
  'lessons.learning-rate.goal.best': 'Mejor resultado: {score, plural, one {# paso} other {# pasos}}.',
  'lessons.learning-rate.goal.solution':
    'Cada paso multiplica la distancia al mínimo por 1 − 6 × tasa. Una tasa de 1/6 ≈ 0,167 hace ese factor 0: un paso cae en el mínimo. Cualquier tasa entre 0,11 y 0,23, más o menos, llega a SSR < 0,01 en cuatro pasos.',
};
