import type { StateCreator } from 'zustand';
import type { Msg } from '../i18n/i18n';
import { freshRun, stepRun } from '../scenarios/run';
import { parseHash } from '../url/hash';
import type { LessonLink, Panel } from '../url/lessonLink';
import { LEAVING_RUN, updateActive } from './activeRun';
import type { DescentStore } from './descentStore';

export interface LessonState {
  /** The lesson running and the card shown (in the link as lesson= and card=), or null. */
  readonly lesson: LessonLink | null;
  /** Panels a teacher's link hid (hide=). */
  readonly hidden: readonly Panel[];
}

export interface LessonActions {
  /** Starts (or goes on with) a lesson at a card, counted from 1. */
  openLesson(id: string, card: number): void;
  setCard(card: number): void;
  leaveLesson(): void;
  /**
   * A link's lesson that cannot be followed (no such lesson, no such card): the lesson is left or
   * started over, and the notice says why, beside the link's other notices.
   */
  refuseLesson(notice: Msg, start: LessonLink | null): void;
  /**
   * A card's own starting point, its scenario and settings as a link's fields spell them
   * (`scenario=bias&lr=0.1&b3=0`): the run starts there; the lesson, the hidden panels, the
   * language and any notice stay as they are.
   */
  applyLessonSetup(fields: string): void;
}

export const lessonInitial: LessonState = { lesson: null, hidden: [] };

export const createLessonSlice: StateCreator<DescentStore, [], [], LessonActions> = (set, get) => ({
  openLesson: (id, card) => set({ lesson: { id, card } }),
  setCard: (card) => {
    const { lesson } = get();
    if (lesson && lesson.card !== card) set({ lesson: { ...lesson, card } });
  },
  leaveLesson: () => set({ lesson: null }),
  refuseLesson: (notice, start) => set((state) => ({ lesson: start, notices: [...state.notices, notice] })),
  applyLessonSetup: (fields) => {
    // A lesson's own fields, written with it: a lesson's test reads them all without a notice.
    const link = parseHash(fields).state;
    if (get().scenario !== link.scenario) set({ scenario: link.scenario, ...LEAVING_RUN });
    updateActive(set, get, (scenario) => stepRun(scenario, freshRun(scenario, link.settings), link.iter), true);
  },
});
