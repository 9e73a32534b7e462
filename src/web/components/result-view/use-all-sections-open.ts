import { useCallback, useEffect, useState, type RefObject } from 'react';

const SECTION_SELECTOR = 'details.card-section';

function sectionsIn(container: HTMLElement | null): HTMLDetailsElement[] {
  return container ? [...container.querySelectorAll<HTMLDetailsElement>(SECTION_SELECTOR)] : [];
}

/**
 * Whether every question section inside `container` is open, and a setter that opens or closes
 * them all. Follows the user's own clicks on single sections; `watch` re-counts when cards arrive.
 */
export function useAllSectionsOpen(
  container: RefObject<HTMLElement | null>,
  watch: unknown,
): { allOpen: boolean; setAllOpen: (open: boolean) => void } {
  const [allOpen, setAllOpenState] = useState(false);
  const recount = useCallback(() => {
    const sections = sectionsIn(container.current);
    setAllOpenState(sections.length > 0 && sections.every((section) => section.open));
  }, [container]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    recount();
    // "toggle" does not bubble: listen in the capture phase.
    element.addEventListener('toggle', recount, true);
    return () => element.removeEventListener('toggle', recount, true);
  }, [container, recount, watch]);

  const setAllOpen = useCallback(
    (open: boolean) => {
      for (const section of sectionsIn(container.current)) section.open = open;
      recount();
    },
    [container, recount],
  );
  return { allOpen, setAllOpen };
}
