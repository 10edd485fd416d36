import { tm, type Msg } from '../../i18n/i18n';

/**
 * An error whose words are a kept message, so a dialog that shows it says it in the page's
 * language, and follows a switch while it is on screen.
 */
export class MessageError extends Error {
  constructor(readonly words: Msg) {
    super(tm(words));
  }
}

/** What to show for a caught error: its kept message, or (from the platform) its own text. */
export const errorWords = (error: unknown): Msg | string =>
  error instanceof MessageError ? error.words : error instanceof Error ? error.message : String(error);
