/**
 * Escapes text for HTML content and attribute values.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A spec text as HTML: escaped, `code` spans as `<code>`, line breaks as spaces, blank lines as paragraph breaks.
 * @param {string} source
 */
export function inlineHtml(source) {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      escapeHtml(paragraph.replace(/\s*\n\s*/g, ' '))
        .split('`')
        .map((part, index) => (index % 2 === 1 ? `<code>${part}</code>` : part))
        .join(''),
    )
    .join(' <br>');
}

/**
 * Fills `{name}` placeholders of a text; an unknown placeholder is an error, so a typo never reaches the page.
 * @param {string} template
 * @param {Record<string, string | number>} values
 */
export function fillText(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, name) => {
    if (!(name in values)) throw new Error(`Placeholder ${match} in "${template.slice(0, 60)}…" has no value.`);
    return String(values[name]);
  });
}
