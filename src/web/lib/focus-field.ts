/** How long a control still being loaded (the fields of Advanced settings) is waited for. */
const WAIT_FOR_CONTROL_MS = 2000;

/**
 * Focuses a form control by id, first opening a closed <details> (Advanced settings) around it. A
 * control not on the page yet (its code still loading) is focused as soon as it is there.
 */
export function focusField(id: string): void {
  const startedAt = performance.now();
  const attempt = () => {
    const element = document.getElementById(id);
    if (!element) {
      if (performance.now() - startedAt < WAIT_FOR_CONTROL_MS) window.requestAnimationFrame(attempt);
      return;
    }
    const details = element.closest('details');
    if (details && !details.open) details.open = true;
    element.focus();
  };
  attempt();
}
