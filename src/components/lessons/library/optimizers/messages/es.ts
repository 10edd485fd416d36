import type { messages as english } from './en';
import type { Translation } from '../../../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'lessons.optimizers.title': 'Por qué difieren los optimizadores',
  'lessons.optimizers.summary': 'Un barranco, una carrera, momento y Adam, desde un mismo inicio.',
  'lessons.optimizers.ravine.heading': 'Un barranco',
  'lessons.optimizers.ravine.text':
    'La pérdida de linreg es un valle largo y estrecho: empinado a lo ancho, casi plano a lo largo. Una sola tasa de aprendizaje tiene que servir en las dos direcciones: pequeña para no rebotar de lado a lado, grande para avanzar por el fondo.',
  'lessons.optimizers.race.heading': 'Ponlos a competir',
  'lessons.optimizers.race.text':
    'La carrera ejecuta el descenso de gradiente simple, el momento y Adam en paralelo desde el mismo inicio, cada uno con su tasa de aprendizaje.',
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
    'La carrera deja dar a los dos la misma tasa: el momento sigue ganando, porque su velocidad suma los pasos que coinciden.',
  'lessons.optimizers.momentum.exact': 'Calcula un gradiente más exacto',
  'lessons.optimizers.momentum.exact.why':
    'Todos los carriles usan el mismo gradiente exacto de la misma pérdida. El momento cambia cómo convierte los gradientes en pasos.',
  'lessons.optimizers.adam.heading': 'Adam',
  'lessons.optimizers.adam.text':
    'Adam divide el paso de cada parámetro por un tamaño acumulado del gradiente de ese parámetro.',
  'lessons.optimizers.adam.question': '¿Qué consigue eso en el barranco?',
  'lessons.optimizers.adam.even': 'Las direcciones empinadas y las planas dan pasos parecidos',
  'lessons.optimizers.adam.even.why':
    'Sí. Dividir por el tamaño del propio gradiente iguala los pasos, así que b ya no se queda arrastrándose por el fondo plano.',
  'lessons.optimizers.adam.smaller': 'Todos los pasos se hacen más pequeños',
  'lessons.optimizers.adam.smaller.why':
    'Solo donde el gradiente es grande. Donde es pequeño, dividir por su tamaño agranda el paso: esa es la idea.',
  'lessons.optimizers.adam.random': 'Añade ruido para escapar',
  'lessons.optimizers.adam.random.why': 'Aquí Adam no añade ruido: el mismo inicio da siempre la misma carrera.',
  'lessons.optimizers.saddle.heading': 'Puntos de silla',
  'lessons.optimizers.saddle.text':
    'En un punto de silla la superficie sube en una dirección y baja en la otra, y el gradiente casi desaparece en el centro: el descenso simple se arrastra ahí, mientras el momento y Adam siguen avanzando. Prueba un carril con una tasa menor y mira quién se queda atrás.',
};
