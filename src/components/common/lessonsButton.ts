/** The id of the shell's "Lessons" button: the lessons put the focus back on it when one is left. */
export const LESSONS_BUTTON_ID = 'lessons-button';
