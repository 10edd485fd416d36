import type { shell as english } from '../en/shell';
import type { Translation } from '../translation';

export const shell: Translation<typeof english> = {
  'store.reset':
    'Reinicio: {count, plural, one {# {unit, select, epoch {época borrada} other {paso borrado}}} other {# {unit, select, epoch {épocas borradas} other {pasos borrados}}}}; de vuelta al inicio.',
  'notices.link': 'Parte del enlace no se ha podido usar; el resto se ha aplicado:',
  'notices.dismiss': 'Cerrar',
  'notices.dismissThis': 'Cerrar este aviso',
  'notices.undo': 'Deshacer',
  'shell.presenter': 'Modo presentación',
  'shell.keyboardHelp': 'Ayuda del teclado',
  'shell.scenario': 'Escenario',
  'shell.menu': 'Menú',
  'shell.documentTitle': 'Descent: el descenso del gradiente, paso a paso',
  'shell.language': 'Idioma',
};
