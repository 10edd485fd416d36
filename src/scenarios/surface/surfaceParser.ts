import type { Parsed } from '../../format/parseNumber';
import type { SurfaceSettings } from './surface';

/**
 * The formula parser (mathjs) reads an own f(x, y); it is kept out of the first load, as the
 * model's is: prepare() starts loading it and every reader of a typed formula waits for it.
 */
type Read = (settings: SurfaceSettings, text: string) => Parsed<SurfaceSettings>;
let read: Read | null = null;
let loading: Promise<void> | null = null;

export function loadSurfaceParser(): Promise<void> {
  loading ??= import('./surfaceReading').then(
    (module) => {
      read = module.readSurface;
    },
    (error: unknown) => {
      // A failed load (offline before the chunk was cached) may be tried again later.
      loading = null;
      throw error;
    },
  );
  return loading;
}

export const loadedSurfaceReader = (): Read | null => read;
