import type { messages as english } from './en';
import type { Translation } from '../../../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'lessons.backprop.title': 'Retropropagación',
  'lessons.backprop.summary': 'Los gradientes fluyen hacia atrás por la red, nodo a nodo.',
  'lessons.backprop.net.heading': 'Aprende toda la red',
  'lessons.backprop.net.text':
    'ŷ = w3·softplus(w1·x + b1) + w4·softplus(w2·x + b2) + b3. Con los siete parámetros entrenando, cada paso necesita el gradiente de la SSR respecto a cada peso y cada sesgo.',
  'lessons.backprop.back.heading': 'Desde la pérdida hacia atrás',
  'lessons.backprop.back.text':
    'La retropropagación empieza en la SSR y va hacia atrás: primero dSSR/dŷ, luego por b3, w3 y w4 hasta los nodos ocultos, y después hasta w1, b1, w2 y b2. El panel de la regla de la cadena escribe para cada parámetro su producto de derivadas locales.',
  'lessons.backprop.first.heading': 'El orden importa',
  'lessons.backprop.first.text': 'Cada gradiente reutiliza el que se calcula justo después en la pasada hacia delante.',
  'lessons.backprop.first.question': '¿Qué derivada calcula primero la pasada hacia atrás?',
  'lessons.backprop.first.loss': 'dSSR/dŷ, en la pérdida',
  'lessons.backprop.first.loss.why':
    'Sí. La SSR es el último nodo de la pasada hacia delante, así que la pasada hacia atrás empieza ahí: dSSR/dŷ = Σ −2(y − ŷ). Todos los demás gradientes se construyen sobre ella.',
  'lessons.backprop.first.w1': 'dSSR/dw1, en la entrada',
  'lessons.backprop.first.w1.why':
    'w1 está al principio de la pasada hacia delante, así que su gradiente llega el último: necesita todas las derivadas entre ella y la SSR.',
  'lessons.backprop.first.all': 'Todas a la vez',
  'lessons.backprop.first.all.why':
    'Cada gradiente es el siguiente multiplicado por una derivada local, así que llegan en orden, desde la pérdida hasta las entradas.',
  'lessons.backprop.graph.heading': 'El grafo computacional',
  'lessons.backprop.graph.text':
    'El grafo computacional descompone la pérdida en operaciones sencillas. Pulsa Mostrar el grafo y luego Pasada hacia atrás: aparece el gradiente de cada nodo, desde la pérdida hasta los parámetros.',
  'lessons.backprop.steps.heading': 'Siete parámetros, un paso',
  'lessons.backprop.steps.text':
    'Un paso mueve todos los parámetros a la vez, cada uno según su propio gradiente por la tasa de aprendizaje.',
  'lessons.backprop.steps.task': 'Pulsa Paso tres veces.',
};
