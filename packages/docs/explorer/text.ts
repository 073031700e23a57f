import type { Texts } from './data.js';

/** The text at a dotted key, or the key itself when the page has no such text. */
export function text(texts: Texts, key: string): string {
  let node: string | Texts | undefined = texts;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : key;
}

/** Fills `{name}` placeholders; a placeholder without a value stays as it is. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}

/** Appends `source` to `parent` as text, with `code` spans shown as `<code>`. */
export function appendInline(parent: HTMLElement, source: string): void {
  source.split('`').forEach((part, index) => {
    if (part === '') return;
    if (index % 2 === 1) {
      const code = document.createElement('code');
      code.textContent = part;
      parent.append(code);
    } else {
      parent.append(part);
    }
  });
}
