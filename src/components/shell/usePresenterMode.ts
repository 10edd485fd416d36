import { useEffect } from 'react';
import { useDescent } from '../../store/descentStore';

/**
 * Presenter mode: the root element gets the "presenter" class (large type, high contrast, fewer
 * controls) and the page asks for fullscreen. Leaving fullscreen (Esc) leaves presenter mode.
 */
export function usePresenterMode(): void {
  const presenter = useDescent((s) => s.presenter);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenter', presenter);
    if (!presenter) {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
      return;
    }
    // Fullscreen needs a user gesture and may be refused (an iframe, a headless browser): the
    // mode works without it.
    root.requestFullscreen?.().catch(() => undefined);
    const onChange = () => {
      if (!document.fullscreenElement) useDescent.getState().setPresenter(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) useDescent.getState().setPresenter(false);
    };
    // Only a fullscreen that was entered can be left: listen after it has been.
    const arm = () => document.addEventListener('fullscreenchange', onChange);
    document.addEventListener('fullscreenchange', arm, { once: true });
    window.addEventListener('keydown', onKey);
    return () => {
      root.classList.remove('presenter');
      document.removeEventListener('fullscreenchange', arm);
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onKey);
    };
  }, [presenter]);
}
