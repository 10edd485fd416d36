import { Component, type ReactNode } from 'react';
import { resetDescent } from '../../store/descentStore';
import { useT } from '../common/useT';

interface State {
  readonly error: Error | null;
}

/** The crash message: a component of its own, so it speaks the page's language (a class cannot use hooks). */
function CrashMessage({ error, onReset }: { readonly error: Error; onReset(): void }) {
  const t = useT();
  return (
    <div className="panel crash" role="alert">
      <h2>{t('shell.crash.heading')}</h2>
      {/* The error's own words: what broke, for a bug report, in the language it was thrown in. */}
      <p>{error.message}</p>
      <button type="button" onClick={onReset}>
        {t('shell.crash.reset')}
      </button>
    </div>
  );
}

/** If a render ever fails, say so and offer a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  private readonly recover = () => {
    // The page keeps its language: resetDescent leaves it to i18n, whose catalog is the one in use.
    resetDescent();
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return <CrashMessage error={this.state.error} onReset={this.recover} />;
  }
}
