import { Component, type ReactNode } from 'react';
import { useStrings } from '../i18n/strings';

interface State {
  error?: Error;
}

/**
 * Wrap a page so a crash inside it shows a Vietnamese message instead of a
 * blank screen. Saved drafts live in IndexedDB, so reloading loses nothing.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error): void {
    console.error(error);
  }

  render() {
    if (!this.state.error) return this.props.children;

    return <CrashNotice message={this.state.error.message} />;
  }
}

function CrashNotice({ message }: { message: string }) {
  const text = useStrings().shell;

  return (
    <section className="page" role="alert">
      <h1>{text.crashTitle}</h1>
      <p>{text.crashText}</p>
      <pre className="error-detail">{message}</pre>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {text.reload}
        </button>{' '}
        <a href="#/">{text.backHome}</a>
      </p>
    </section>
  );
}
