import type { DescentState } from '../../store/descentStore';

/**
 * A lesson is data (issue 27): its words are keys in its folder's messages/<language>.ts, its
 * tasks small predicates over the store's state, and where it starts a link's fields, so a lesson
 * can point at any scenario (the loss-surface lab, once there) without a line of generic code.
 */

/** Whether the page is where a task or a goal asks it to be. */
export type Check = (state: DescentState) => boolean;

/** Values for a card's words: numbers are written in the language's style. */
export type Words = Readonly<Record<string, string | number>>;

export interface Task {
  /** What to do ("Press Step twice"). */
  readonly text: string;
  readonly done: Check;
}

export interface Choice {
  readonly text: string;
  readonly correct: boolean;
  /** Why this choice is right or wrong, with the numbers on screen. */
  readonly feedback: string;
}

export interface Question {
  readonly text: string;
  readonly choices: readonly Choice[];
}

export interface Challenge {
  /** The goal in words ("Reach SSR < 0.01 in at most 4 steps"). */
  readonly goal: string;
  readonly met: Check;
  /** The result a better attempt lowers (steps, epochs), kept as the best. */
  score(state: DescentState): number;
  /** The best result in words, with {score}. */
  readonly best: string;
  /** A worked solution, revealed once tried. */
  readonly solution: string;
}

export interface Card {
  readonly heading: string;
  /** Paragraphs of the card. */
  readonly text: readonly string[];
  readonly words?: Words;
  /** The part of the page the card talks about: its data-lesson-target name. */
  readonly target?: string;
  /**
   * Where the run starts when the card is opened from the lesson (not when a link resumes at it:
   * the link carries its own state), as a link's fields: `scenario=bias&lr=0.1&b3=0`.
   */
  readonly setup?: string;
  readonly task?: Task;
  readonly question?: Question;
  readonly challenge?: Challenge;
}

export interface Lesson {
  /** Its name in links (lesson=learning-rate), the same as its folder's. */
  readonly id: string;
  /** Its place in the list of lessons. */
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  /** Where the lesson's run starts, as a link's fields; a card's own setup overrides it. */
  readonly setup: string;
  readonly cards: readonly Card[];
}
