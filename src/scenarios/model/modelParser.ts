import type { Parsed } from '../../format/parseNumber';
import type { ModelSettings } from './model';

/**
 * The formula parser (mathjs, ~37 KB gzip) and the reading of a typed model are kept out of the
 * first load: the scenario's module is in the initial JS through the registry, so it reaches them
 * only through import(), which prepare() starts and every reader of a typed formula waits for.
 */
type Read = (settings: ModelSettings, text: string) => Parsed<ModelSettings>;
let read: Read | null = null;
let loading: Promise<void> | null = null;

export function loadModelParser(): Promise<void> {
  loading ??= import('./modelReading').then(
    (module) => {
      read = module.readModel;
    },
    (error: unknown) => {
      // A failed load (offline before the chunk was cached) may be tried again later.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The formula's reader once loaded, else null (the formula then waits for loadModelParser). */
export const loadedReader = (): Read | null => read;

/** Whether a typed formula can be read now. */
export const parserLoaded = (): boolean => read !== null;
