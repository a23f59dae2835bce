// The few DOM helpers every view uses. Text always goes in as text, never as markup.

/** The element matching `selector`; the page's own markup guarantees it exists. */
export function $<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The page has no ${selector}.`);
  return found;
}

/** A new element holding `text` (as text), with an optional class. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The status line under the form. */
export function status(text: string): void {
  $('#status').textContent = text;
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
