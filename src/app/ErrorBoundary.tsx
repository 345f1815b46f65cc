import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

interface Props {
  /** Changing this key clears the error (e.g. the route). */
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
  resetKey: string;
}

/** Keeps one broken page from blanking the app: the chrome stays, the error is shown with a retry. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Page error', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="page-error">
        <h2>{i18n.t('error.title')}</h2>
        <p>{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {i18n.t('error.retry')}
        </button>
      </div>
    );
  }
}
