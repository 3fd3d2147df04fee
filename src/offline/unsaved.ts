/**
 * Which forms hold input the person has not sent yet, so nothing reloads the page under them (the update
 * banner waits). Any typing in a form counts; sending or resetting it clears it.
 */
const unsaved = new Set<HTMLFormElement>();
const listeners = new Set<() => void>();

function set(form: HTMLFormElement, has: boolean) {
  const before = unsaved.size;
  if (has) unsaved.add(form);
  else unsaved.delete(form);
  if (unsaved.size !== before) listeners.forEach((listener) => listener());
}

export function hasUnsavedInput(): boolean {
  // A form taken off the page by navigation holds nothing any more.
  for (const form of unsaved) if (!form.isConnected) unsaved.delete(form);
  return unsaved.size > 0;
}

export function onUnsavedInputChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function watchUnsavedInput(root: Document): void {
  root.addEventListener('input', (event) => {
    const form = (event.target as HTMLInputElement).form;
    if (form) set(form, true);
  });
  for (const type of ['submit', 'reset']) {
    root.addEventListener(type, (event) => set(event.target as HTMLFormElement, false));
  }
}
