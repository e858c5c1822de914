import { type ReactNode, useEffect } from 'react';

/**
 * Marks the root element once React runs on it (`data-state="interactive"`),
 * so a test can tell the static page from the hydrated app. The same tree
 * on the server (without an element) and in the browser, for hydration.
 */
export function Interactive({
  element,
  children,
}: {
  readonly element?: HTMLElement;
  readonly children: ReactNode;
}): ReactNode {
  useEffect(() => {
    if (element !== undefined) element.dataset['state'] = 'interactive';
  }, [element]);
  return children;
}
