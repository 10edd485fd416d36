import type { lessons as english } from '../en/lessons';
import type { Translation } from '../translation';

export const lessons: Translation<typeof english> = {
  'lessons.open': 'Lecciones',
  'lessons.dialog.heading': 'Lecciones',
  'lessons.dialog.intro':
    'Recorridos guiados por la página: cada uno son unas pocas tarjetas que señalan una parte de ella, con tareas que la página comprueba, preguntas y retos. El progreso se guarda en este navegador.',
  'lessons.progress.new': 'Sin empezar',
  'lessons.progress':
    '{seen} de {count} tarjetas vistas{tasks, plural, =0 {} other {, {done} de {tasks} tareas hechas}}{challenges, plural, =0 {} other {, {met} de {challenges} retos superados}}',
  'lessons.startOver': 'Empezar de nuevo',
  'lessons.startOverLesson': 'Empezar de nuevo: {title}',
  'lessons.region': 'Lección',
  'lessons.counter': 'Tarjeta {card} de {count}',
  'lessons.back': 'Atrás',
  'lessons.next': 'Siguiente',
  'lessons.leave': 'Salir de la lección',
  'lessons.task': 'Tarea',
  'lessons.task.done': 'Hecho: Siguiente ya está disponible.',
  'lessons.task.todo': 'Aún sin hacer: Siguiente se activa cuando esté hecho.',
  'lessons.skip': 'Saltar esta tarea',
  'lessons.challenge': 'Reto',
  'lessons.challenge.reached': 'Objetivo alcanzado.',
  'lessons.challenge.notYet': 'Objetivo aún no alcanzado.',
  'lessons.challenge.showSolution': 'Mostrar la solución explicada',
  'lessons.challenge.hideSolution': 'Ocultar la solución explicada',
  'lessons.challenge.tryFirst': 'La solución explicada se abre cuando lo hayas intentado.',
  'lessons.complete': 'Lección completada: {title}.',
};
