import type { StateCreator } from 'zustand';
import { chooseLanguage, currentLanguage, onLanguageChange, type Msg } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import type { DescentStore } from './descentStore';

export interface PageState {
  /** Messages about a link's fields that were ignored. */
  readonly notices: readonly Msg[];
  /**
   * The page's language, mirrored from i18n (which holds it: see i18n.ts) so that a component
   * selecting it renders again on a switch. Only the mirror below writes it.
   */
  readonly language: Language;
  /** Large type, high contrast, fewer controls: for a projector. */
  readonly presenter: boolean;
  /** The compact view for an iframe (`embed=1` in the link): charts, the main buttons, the status. */
  readonly embed: boolean;
}

export interface PageActions {
  /** Switches every text to `language` once its catalog has loaded; the run goes on as it was. */
  setLanguage(language: Language): Promise<void>;
  dismissNotices(): void;
  setPresenter(on: boolean): void;
}

/** The page as first loaded, in the language i18n speaks now. */
export const pageInitial = (): PageState => ({
  notices: [],
  language: currentLanguage(),
  presenter: false,
  embed: false,
});

export const createPageSlice: StateCreator<DescentStore, [], [], PageActions> = (set, get) => {
  // Lingui also says "change" when a catalog loads: only a new language is written.
  onLanguageChange((language) => {
    if (get().language !== language) set({ language });
  });
  return {
    setLanguage: (language) => chooseLanguage(language),
    dismissNotices: () => set({ notices: [] }),
    setPresenter: (presenter) => set({ presenter }),
  };
};
