/**
 * One error boundary per screen: a screen that throws while rendering shows what went wrong in a
 * sentence and the ways out (back, Settings, reload) instead of blanking the whole window. The
 * detail goes to the console for whoever investigates. Moving to another route clears the error
 * (the screen is not remounted for that: keyed by screen only, so a list keeps its state when a
 * record's dialog opens or closes on its own sub-route).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { href } from '../lib/router';

interface Props {
  screen: string;
  /** The whole route: when it changes, a shown error is cleared and the screen tried again. */
  route: string;
  children: ReactNode;
}

export class ScreenBoundary extends Component<Props, { error: Error | null; route: string }> {
  override state: { error: Error | null; route: string } = { error: null, route: this.props.route };

  /** Another route: the error shown was the last screen's, so this one is tried again. */
  static getDerivedStateFromProps(props: Props, state: { error: Error | null; route: string }) {
    return props.route === state.route ? null : { error: null, route: props.route };
  }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`The ${this.props.screen} screen failed to show`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const reason = error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
    return (
      <div className="banner banner--error" role="alert" data-testid="screen-error">
        <p>
          The {this.props.screen} screen could not be shown{reason}. Your journal is unchanged; a value in Settings may need
          choosing again.
        </p>
        <div>
          <button type="button" className="button button--small" onClick={() => history.back()}>
            Back
          </button>
          <a className="button button--small" href={href('/settings')}>
            Settings
          </a>
          <button type="button" className="button button--small" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}
