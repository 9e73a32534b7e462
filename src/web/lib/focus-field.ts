/** Focuses a form control by id, first opening a closed <details> (Advanced settings) around it. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  const details = element?.closest('details');
  if (details && !details.open) details.open = true;
  element?.focus();
}
