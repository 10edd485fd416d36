import type { messages as english } from './en';
import type { Translation } from '../../../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'lessons.one-step.title': 'Un paso a mano',
  'lessons.one-step.summary': 'Gradiente, tamaño del paso, nuevo b3: predice el paso y luego descúbrelo.',
  'lessons.one-step.rule.heading': 'Un paso son dos líneas',
  'lessons.one-step.rule.text':
    'El descenso de gradiente da un paso en dos líneas: tamaño del paso = gradiente × tasa de aprendizaje, y luego nuevo b3 = b3 − tamaño del paso. El panel de la regla de la cadena escribe las dos con los números del siguiente paso.',
  'lessons.one-step.compute.heading': 'Calcúlalo',
  'lessons.one-step.compute.text': 'En b3 = 0 el gradiente vale {gradient} y la tasa de aprendizaje es {rate}.',
  'lessons.one-step.compute.question': '¿Cuánto vale el nuevo b3 tras un paso?',
  'lessons.one-step.compute.right': '{right}',
  'lessons.one-step.compute.right.why':
    'Sí: el tamaño del paso es {gradient} × {rate} = {size}, y el nuevo b3 es 0 − ({size}) = {right}.',
  'lessons.one-step.compute.size': '{size}',
  'lessons.one-step.compute.size.why':
    'Ese es el tamaño del paso. El nuevo b3 lo resta: 0 − ({size}) = {right}, un movimiento hacia arriba en b3 y hacia abajo en la SSR.',
  'lessons.one-step.compute.far': '{far}',
  'lessons.one-step.compute.far.why':
    'Eso sería con una tasa de aprendizaje de 1. El paso es el gradiente multiplicado por {rate}: {size}, así que el nuevo b3 es {right}.',
  'lessons.one-step.predict.heading': 'Predice antes de mirar',
  'lessons.one-step.predict.text':
    'Con Predecir antes de cada paso activado, Paso pregunta primero hacia dónde se moverá b3 y cuánto, y luego muestra el paso real junto a tu estimación.',
  'lessons.one-step.predict.task': 'Activa Predecir antes de cada paso.',
  'lessons.one-step.reveal.heading': 'Estima y descubre',
  'lessons.one-step.reveal.text':
    'Pulsa Paso, di hacia dónde se mueve b3 y cuánto (un clic en la gráfica de la SSR coloca la estimación) y descubre el paso.',
  'lessons.one-step.reveal.task': 'Predice un paso y descúbrelo.',
  'lessons.one-step.history.heading': 'El historial guarda cada paso',
  'lessons.one-step.history.text':
    'Cada fila del historial es un paso: b3, SSR, gradiente, tamaño del paso y el nuevo b3. Comprueba ahí tu cuenta.',
};
