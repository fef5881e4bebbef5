import { Component, type ReactNode } from 'react';

export interface RemoteErrorBoundaryProps {
  /** What to show instead of the remote once it has failed. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Last layer of remote-failure handling: anything a remote throws while loading or rendering stays inside its area.
 * A class component because React offers error boundaries only as classes.
 */
export class RemoteErrorBoundary extends Component<RemoteErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A remote area failed; showing its fallback.', error);
  }

  private readonly reset = () => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.reset) : this.props.children;
  }
}
