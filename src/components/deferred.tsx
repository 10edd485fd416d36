import { memo, useDeferredValue, type ComponentType } from 'react';

/**
 * The component, rendered with its props deferred: a Step's click renders what it must show at
 * once (the status, the controls, the charts) and this just after, in a render of its own that
 * touches nothing else. For panels that change every step and sit below the charts (the chain
 * rule, the history table); together they were half of a click's work.
 */
export function deferred<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  const Memo = memo(Component) as unknown as ComponentType<P>;
  function Deferred(props: P) {
    return <Memo {...useDeferredValue(props)} />;
  }
  Deferred.displayName = `Deferred(${Component.displayName ?? Component.name})`;
  // Memoised too: unchanged props then schedule no deferred render at all.
  return memo(Deferred) as unknown as ComponentType<P>;
}
