import type { messages as english } from './en';
import type { Translation } from '../../../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'lessons.optimizers.title': 'Por qué difieren los optimizadores',
  'lessons.optimizers.summary':
    'Un barranco, una carrera, un punto de silla y cuatro mínimos, en el laboratorio de superficies.',
  'lessons.optimizers.ravine.heading': 'Un barranco',
  'lessons.optimizers.ravine.text':
    'Este es el laboratorio de superficies de pérdida: f = x² + 25y², un valle largo y estrecho, empinado a lo ancho (y) y casi plano a lo largo (x). Una sola tasa de aprendizaje tiene que servir en las dos direcciones: pequeña para no rebotar de lado a lado, grande para avanzar por el fondo.',
  'lessons.optimizers.ravine.task':
    'Pulsa Paso cinco veces y mira el camino: zigzaguea de lado a lado mientras avanza despacio por el valle.',
  'lessons.optimizers.race.heading': 'Ponlos a competir',
  'lessons.optimizers.race.text':
    'Con la tasa 0,01 el descenso de gradiente ya no rebota, pero se arrastra por el fondo. La carrera ejecuta el descenso de gradiente y el momento con esa misma tasa, y Adam con 0,1, en paralelo desde el mismo inicio y sobre el mismo mapa.',
  'lessons.optimizers.race.task': 'Pulsa Preparar una carrera y luego Empezar la carrera.',
  'lessons.optimizers.momentum.heading': 'Momento',
  'lessons.optimizers.momentum.text':
    'El momento guarda una velocidad: cada paso suma el gradiente nuevo a una parte de los pasos anteriores.',
  'lessons.optimizers.momentum.question': '¿Por qué el momento avanza por el valle más deprisa que el descenso simple?',
  'lessons.optimizers.momentum.sum': 'Los pasos anteriores se suman a lo largo del valle',
  'lessons.optimizers.momentum.sum.why':
    'Sí. A lo ancho del valle los gradientes cambian de signo y se anulan; a lo largo apuntan igual y ganan velocidad.',
  'lessons.optimizers.momentum.rate': 'Usa una tasa de aprendizaje mayor',
  'lessons.optimizers.momentum.rate.why':
    'Los dos carriles usan la misma tasa, 0,01: el momento sigue ganando, porque su velocidad suma los pasos que coinciden.',
  'lessons.optimizers.momentum.exact': 'Calcula un gradiente más exacto',
  'lessons.optimizers.momentum.exact.why':
    'Todos los carriles usan el mismo gradiente exacto de la misma superficie. El momento cambia cómo convierte los gradientes en pasos.',
  'lessons.optimizers.adam.heading': 'Adam',
  'lessons.optimizers.adam.text':
    'Adam divide el paso de cada coordenada por un tamaño acumulado del gradiente de esa coordenada. Elige Adam como Optimizador y el panel Estado del optimizador muestra los dos tamaños y el paso que da cada uno.',
  'lessons.optimizers.adam.question': '¿Qué consigue eso en el barranco?',
  'lessons.optimizers.adam.even': 'Las direcciones empinadas y las planas dan pasos parecidos',
  'lessons.optimizers.adam.even.why':
    'Sí. Dividir por el tamaño del propio gradiente iguala los pasos, así que x ya no se queda arrastrándose por el fondo plano.',
  'lessons.optimizers.adam.smaller': 'Todos los pasos se hacen más pequeños',
  'lessons.optimizers.adam.smaller.why':
    'Solo donde el gradiente es grande. Donde es pequeño, dividir por su tamaño agranda el paso: esa es la idea.',
  'lessons.optimizers.adam.random': 'Añade ruido para escapar',
  'lessons.optimizers.adam.random.why': 'Aquí Adam no añade ruido: el mismo inicio da siempre la misma carrera.',
  'lessons.optimizers.saddle.heading': 'Un punto de silla',
  'lessons.optimizers.saddle.text':
    'f = x² − y² + y⁴/4 sube a lo largo de x y baja a lo largo de y alrededor del origen: un punto de silla, con mínimos en y = ±√2. Desde (1, 0) el gradiente no tiene parte en y, así que el descenso de gradiente se desliza en línea recta hasta el centro.',
  'lessons.optimizers.saddle.task':
    'Elige una Velocidad mayor (60 pasos por segundo), pulsa Ejecutar y lee el estado cuando la ejecución se detenga.',
  'lessons.optimizers.escape.heading': 'Reto: escapar del punto de silla',
  'lessons.optimizers.escape.text':
    'El momento y Adam siguen el mismo gradiente, así que desde este inicio también se detienen en el punto de silla. Un gradiente estocástico, con un poco de ruido, no se queda en la recta y = 0.',
  'lessons.optimizers.escape.goal':
    'Desde (1, 0), llega a un punto con y mayor que 1 o menor que −1 en {budget} pasos como mucho.',
  'lessons.optimizers.escape.best': 'Mejor: {score, plural, one {# paso} other {# pasos}}.',
  'lessons.optimizers.escape.solution':
    'Pon el Ruido del gradiente en 0,1 (semilla 1) y pulsa Ejecutar. El ruido aparta y de 0; ahí la pendiente en y baja cada vez más, así que la ejecución rueda hasta y ≈ −1,41 y pasa de y = −1 tras 25 pasos. Otra semilla la hace rodar hacia su propio lado.',
  'lessons.optimizers.minima.heading': 'Cuatro mínimos',
  'lessons.optimizers.minima.text':
    'La f = (x² + y − 11)² + (x + y² − 7)² de Himmelblau tiene cuatro mínimos. El descenso de gradiente solo baja, así que dónde termina depende de dónde empieza: desde (0, 0) termina en (3, 2).',
  'lessons.optimizers.minima.task':
    'Encuentra un inicio desde el que el descenso de gradiente llegue al mínimo en (−3,78, −3,28): haz clic en el mapa (o escribe x inicial e y inicial) y pulsa Ejecutar.',
};
