/**
 * Escapes a text for a Markdown table cell (pipes and line breaks would break the row).
 * @param {unknown} text
 */
export function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Inline code span, with a longer fence when the text holds backticks.
 * @param {unknown} text
 */
export function code(text) {
  const fence = String(text).includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
}

/**
 * A GitHub-flavoured Markdown table.
 * @param {string[]} header
 * @param {string[][]} rows cells already in Markdown (use {@link cell} for plain text)
 */
export function table(header, rows) {
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A fenced code block.
 * @param {string} lang
 * @param {string} text
 */
export function fence(lang, text) {
  return `\`\`\`${lang}\n${text}\n\`\`\``;
}
