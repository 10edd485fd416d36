import type { messages as english } from './en';
import type { Translation } from '../../../../../i18n/catalogs/translation';

export const messages: Translation<typeof english> = {
  'lessons.ssr-slope.title': 'La curva de la SSR y su pendiente',
  'lessons.ssr-slope.summary': 'La derivada es la pendiente de la tangente, y señala cuesta abajo.',
  'lessons.ssr-slope.curve.heading': 'La curva de la SSR',
  'lessons.ssr-slope.curve.text':
    'Esta gráfica dibuja la suma de los residuos al cuadrado (SSR) para cada valor del sesgo b3. El punto marca dónde está b3 ahora; la línea discontinua que toca ahí la curva es su tangente.',
  'lessons.ssr-slope.way.heading': '¿Hacia dónde se baja?',
  'lessons.ssr-slope.way.text':
    'En b3 = 0 la tangente baja hacia la derecha: el gradiente dSSR/db3 vale {gradient}, una pendiente negativa.',
  'lessons.ssr-slope.way.question': '¿Hacia dónde debe moverse b3 para que baje la SSR?',
  'lessons.ssr-slope.way.up': 'Hacia arriba: aumentar b3',
  'lessons.ssr-slope.way.up.why':
    'Correcto. Una pendiente negativa quiere decir que la SSR baja cuando b3 crece, así que el descenso de gradiente mueve b3 contra la pendiente: hacia arriba.',
  'lessons.ssr-slope.way.down': 'Hacia abajo: disminuir b3',
  'lessons.ssr-slope.way.down.why':
    'No exactamente: con pendiente negativa, un b3 menor sube por la curva hacia una SSR mayor. Hay que moverse contra la pendiente.',
  'lessons.ssr-slope.way.stay': 'Quedarse donde está',
  'lessons.ssr-slope.way.stay.why':
    'Solo una tangente plana (gradiente 0) dice que hay que quedarse. Con {gradient} la curva está lejos de ser plana.',
  'lessons.ssr-slope.steps.heading': 'Mira cómo se aplana la tangente',
  'lessons.ssr-slope.steps.text':
    'Cada Paso mueve b3 cuesta abajo. Cuanto más inclinada la tangente, mayor el paso; al acercarse el punto al fondo, la tangente se aplana.',
  'lessons.ssr-slope.steps.task': 'Pulsa Paso dos veces.',
  'lessons.ssr-slope.slope.heading': 'La pendiente es la derivada',
  'lessons.ssr-slope.slope.text':
    'El panel de la regla de la cadena suma −2 × (y − ŷ) × 1 sobre los puntos: esa suma es el gradiente, la pendiente de la tangente en el punto.',
  'lessons.ssr-slope.slope.more':
    'Cerca del mínimo (b3 ≈ {best}) la suma se acerca a 0, y los pasos también: así sabe la ejecución cuándo parar.',
};
