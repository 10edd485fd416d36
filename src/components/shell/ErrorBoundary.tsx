import { Component, type ReactNode } from 'react';
import { resetDescent } from '../../store/descentStore';

interface State {
  readonly error: Error | null;
}

/** If a render ever fails, say so and offer a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  private readonly recover = () => {
    resetDescent();
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel crash" role="alert">
        <h2>Something went wrong drawing this state.</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={this.recover}>
          Reset
        </button>
      </div>
    );
  }
}
