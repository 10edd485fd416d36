/** The lessons' own controls and words; each lesson's text lives in its folder (components/lessons/library). */
export const lessons = {
  'lessons.open': 'Lessons',
  'lessons.dialog.heading': 'Lessons',
  'lessons.dialog.intro':
    'Guided tours of the page: each is a few cards that point at a part of it, with tasks the page checks, questions and challenges. Progress is kept in this browser.',
  'lessons.progress.new': 'Not started',
  'lessons.progress':
    '{seen} of {count} cards seen{tasks, plural, =0 {} other {, {done} of {tasks} tasks done}}{challenges, plural, =0 {} other {, {met} of {challenges} challenges met}}',
  'lessons.startOver': 'Start over',
  'lessons.startOverLesson': 'Start over: {title}',
  'lessons.region': 'Lesson',
  'lessons.counter': 'Card {card} of {count}',
  'lessons.back': 'Back',
  'lessons.next': 'Next',
  'lessons.leave': 'Leave lesson',
  'lessons.task': 'Task',
  'lessons.task.done': 'Done: Next is open.',
  'lessons.task.todo': 'Not done yet: Next opens once it is.',
  'lessons.skip': 'Skip this task',
  'lessons.challenge': 'Challenge',
  'lessons.challenge.reached': 'Goal reached.',
  'lessons.challenge.notYet': 'Goal not reached yet.',
  'lessons.challenge.showSolution': 'Show the worked solution',
  'lessons.challenge.hideSolution': 'Hide the worked solution',
  'lessons.challenge.tryFirst': 'The worked solution opens once you have tried.',
  'lessons.complete': 'Lesson complete: {title}.',
};
