import { useEffect, useRef, useState } from 'react';

/**
 * After a failed submit, takes the person to the first field marked invalid, so keyboard and
 * screen-reader users land on what needs fixing. Call `focusFirstInvalid()` once errors are set;
 * the focus moves after React has rendered them.
 */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);
  return { ref, focusFirstInvalid: () => setAttempts((count) => count + 1) };
}
