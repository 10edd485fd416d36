/** The page's frame: header, notices, dialogs, help, keyboard, status narration. */
export const shell = {
  'store.reset':
    'Reset: {count, plural, one {# {unit, select, epoch {epoch} other {step}}} other {# {unit, select, epoch {epochs} other {steps}}}} cleared, back to the start.',
  'notices.link': 'Some of the link could not be used; the rest is applied:',
  'notices.dismiss': 'Dismiss',
  'notices.dismissThis': 'Dismiss this notice',
  'notices.undo': 'Undo',
  'shell.presenter': 'Presenter mode',
  'shell.keyboardHelp': 'Keyboard help',
  'shell.scenario': 'Scenario',
  'shell.menu': 'Menu',
  'shell.documentTitle': 'Descent: gradient descent, step by step',
  'shell.language': 'Language',
} as const;
