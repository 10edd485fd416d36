import type { graph as english } from '../en/graph';
import type { Translation } from '../translation';

export const graph: Translation<typeof english> = {
  'graph.show': 'Mostrar el grafo',
  'graph.hide': 'Ocultar el grafo',
  'graph.closedHint':
    'Los valores avanzan por cada operación sencilla hasta la pérdida y luego los gradientes vuelven, cada uno el gradiente de arriba por la derivada local. Muestra el grafo para recorrer la retropropagación nodo a nodo, con los números de este paso.',
  'graph.heading': 'Grafo computacional',
  'graph.title': 'Grafo computacional de {loss}: {count} nodos, parámetros {parameters}',
  'graph.titleCollapsed':
    'Grafo computacional de {loss}: {count} nodos dibujados, las cadenas de {hidden} puntos más sumadas en una caja; parámetros {parameters}',
  'graph.hint':
    'Cada caja es un nodo con su valor; tras la pasada hacia atrás muestra también su gradiente ∂{loss}/∂nodo. Cada flecha lleva su derivada local. Enfoca el dibujo y usa las flechas del teclado, o pasa el ratón, para leer cada fórmula con sus números.',
  'graph.sample': 'Muestra',
  'graph.sample.tooMany':
    'Con {count} puntos la pérdida completa sería un grafo demasiado grande: muestra la cadena de un punto (se puede elegir entre los {max} primeros); la pérdida es la media de todos.',
  'graph.sample.all': 'Todos los puntos',
  'graph.sample.point': 'Punto {index}',
  'graph.forward': 'Pasada hacia delante',
  'graph.backward': 'Pasada hacia atrás',
  'graph.play': 'Reproducir',
  'graph.pause': 'Pausa',
  'graph.narration': 'Narración del grafo',
  'graph.narration.idle':
    'Pulsa «Pasada hacia delante» para calcular los valores nodo a nodo y luego «Pasada hacia atrás» para llevar el gradiente de {loss} hasta los parámetros.',
  'graph.narration.forward': 'Pasada hacia delante, nodo {index} de {count}: {line}',
  'graph.narration.backward': 'Pasada hacia atrás, nodo {index} de {count}: {line}',
  'graph.narration.forwardDone': 'Pasada hacia delante terminada: {line}.',
  'graph.narration.backwardDone': 'Pasada hacia atrás terminada: {gradients}.',
  'graph.kind.parameter': 'parámetro',
  'graph.kind.input': 'dato',
  'graph.kind.constant': 'constante',
  'graph.op.mean': 'media',
  'graph.more': '… {count, plural, one {# punto más} other {# puntos más}}',
  'graph.more.formula':
    'Las cadenas de {count, plural, one {# punto más} other {# puntos más}}, dibujadas como una caja; la tabla lista sus nodos y {loss} los incluye.',
  'graph.nodeFormula': '{line}; gradiente {gradient}',
  'graph.caption': 'Valores del grafo',
  'graph.column.node': 'Nodo',
  'graph.column.operation': 'Operación',
  'graph.column.value': 'Valor',
  'graph.column.gradient': 'Gradiente',
  'graph.region': 'Valores del grafo, desplazable',
  'graph.rows': 'Filas {from}–{to} de {count}',
  'graph.rows.previous': 'Filas anteriores',
  'graph.rows.next': 'Filas siguientes',
  'graph.loading': 'Cargando el grafo computacional…',
  'graph.failed': 'No se ha podido construir el grafo: {reason}',
};
