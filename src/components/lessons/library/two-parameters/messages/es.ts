import type { messages as english } from './en';
import type { Translation } from '../../../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'lessons.two-parameters.title': 'Dos parámetros a la vez',
  'lessons.two-parameters.summary':
    'Regresión lineal: la regla de la cadena por muestra, las curvas de nivel de la pérdida, el registro por épocas.',
  'lessons.two-parameters.chain.heading': 'Una regla de la cadena por muestra',
  'lessons.two-parameters.chain.text':
    'Ahora ŷ = wx + b, y aprenden w y b. Cada punto da su propia regla de la cadena: su residuo y − ŷ, por x para w y por 1 para b. El gradiente del lote los promedia: dL/dw = −(2/m) Σ x(y − ŷ), dL/db = −(2/m) Σ (y − ŷ).',
  'lessons.two-parameters.step.heading': 'Los dos se mueven juntos',
  'lessons.two-parameters.step.text': 'Una época usa cada punto una vez y actualiza w y b en el mismo paso.',
  'lessons.two-parameters.step.task': 'Pulsa Paso una vez.',
  'lessons.two-parameters.more.heading': '¿Cuál se movió más?',
  'lessons.two-parameters.more.text':
    'En la primera época dL/dw = {dw} y dL/db = {db}; con la tasa 0,01, w pasó a {w} y b a {b}.',
  'lessons.two-parameters.more.question': '¿Por qué se movió w más que b?',
  'lessons.two-parameters.more.w': 'Para w, cada residuo se pondera por su x',
  'lessons.two-parameters.more.w.why':
    'Sí. Aquí los valores de x llegan a 5, así que la suma para w es mayor: {dw} frente a {db}. w se movió {w}; b, solo {b}.',
  'lessons.two-parameters.more.b': 'b tiene una tasa de aprendizaje menor',
  'lessons.two-parameters.more.b.why':
    'Los dos comparten la misma tasa de aprendizaje. La diferencia está en el gradiente: x pondera cada residuo para w, y aquí x llega a 5.',
  'lessons.two-parameters.more.same': 'Fue casualidad: podrían haberse movido igual',
  'lessons.two-parameters.more.same.why':
    'Aquí nada es aleatorio: el descenso de gradiente por lotes da {dw} para w y {db} para b siempre desde este inicio.',
  'lessons.two-parameters.contour.heading': 'La pérdida sobre (w, b)',
  'lessons.two-parameters.contour.text':
    'El mapa de curvas de nivel muestra la pérdida para cada par (w, b), y el camino de la ejecución sobre él. El valle es largo y estrecho: w lo encuentra enseguida, b avanza despacio por su fondo.',
  'lessons.two-parameters.log.heading': 'El registro por épocas',
  'lessons.two-parameters.log.text':
    'El registro de entrenamiento escribe una línea cada 50 épocas, tal como lo hace el guion de Python del artículo de partida.',
  'lessons.two-parameters.log.task': 'Pulsa Entrenar hasta el final y lee las últimas líneas del registro.',
  'lessons.two-parameters.goal.heading': 'Reto: cincuenta épocas',
  'lessons.two-parameters.goal.text':
    'Esta ejecución tiene 50 épocas. Con la tasa 0,01, su última pérdida escrita es 0,0086. Elige una tasa y pulsa Entrenar hasta el final.',
  'lessons.two-parameters.goal.goal': 'Entrena linreg hasta una pérdida < 0,001 en 50 épocas.',
  'lessons.two-parameters.goal.best': 'Mejor resultado: {score} épocas.',
  'lessons.two-parameters.goal.solution':
    'Una tasa mayor recorre el valle más deprisa: con 0,08, la época 50 escribe una pérdida de 0,00099. Mucho más arriba, los pasos por la ladera empinada del valle se pasan.',
};
