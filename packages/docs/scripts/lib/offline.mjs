/**
 * A small inline stand-in for the Redocly attribution logo, so the "API docs by" badge keeps its credit without a
 * request to Redocly's CDN.
 */
const LOGO_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' width='64' height='16' viewBox='0 0 64 16'>" +
  "<text x='0' y='12' font-family='system-ui,sans-serif' font-size='12' font-weight='600' fill='%23d4203b'>Redocly</text></svg>";
const LOGO_DATA_URI = `data:image/svg+xml,${LOGO_SVG.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20')}`;

/** External resources Redoc 3 loads at run time, and their offline replacement. */
const REPLACEMENTS = Object.freeze(
  /** @type {Array<[string, string]>} */ ([
    ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', LOGO_DATA_URI],
    ['https://cdn.redoc.ly/redoc/logo-mini.svg', LOGO_DATA_URI],
  ]),
);

/** Patterns that would make the page load something from another host. */
const FORBIDDEN = Object.freeze([
  /<script[^>]+src=["']?(?:https?:)?\/\//i,
  /<link[^>]+href=["']?(?:https?:)?\/\//i,
  /import\s*\{[^}]*\}\s*from\s*["'](?:https?:)?\/\//,
  /fonts\.googleapis\.com|fonts\.gstatic\.com/,
  /cdn\.redoc(?:ly)?\.(?:ly|com)\/redoc\//,
  /sourceMappingURL=(?:https?:)?\/\//,
]);

/**
 * Makes a built page self-contained: swaps the CDN logo for an inline image and checks that no script, stylesheet,
 * font, module import or source map is left pointing at another host, and that Redoc's telemetry is off.
 * @param {string} html the page as redocly build-docs wrote it
 * @returns {string} the page to publish
 */
export function makeOffline(html) {
  let page = html;
  for (const [from, to] of REPLACEMENTS) {
    if (!page.includes(from)) {
      throw new Error(
        `The Redoc bundle no longer references ${from}; check what it loads from the network before publishing.`,
      );
    }
    page = page.split(from).join(to);
  }
  for (const pattern of FORBIDDEN) {
    const match = pattern.exec(page);
    if (match) {
      throw new Error(`The built page still loads from another host (${match[0].slice(0, 120)}).`);
    }
  }
  if (!page.includes('"disableTelemetry":true')) {
    throw new Error('The built page has Redoc telemetry on; build with REDOCLY_TELEMETRY=off.');
  }
  return page;
}
