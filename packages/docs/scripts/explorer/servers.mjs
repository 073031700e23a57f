/** Host names that only reach this machine. */
const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Whether a URL's host name is a loopback name (127.0.0.0/8, `localhost`, `::1`).
 * @param {string} hostname as `URL#hostname` spells it
 */
export function isLoopbackHostname(hostname) {
  return LOOPBACK_HOSTNAMES.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Every concrete base URL of the spec's servers: a server with variables once per combination of their `enum`
 * values (a variable without `enum` takes its default), a server without variables as it stands.
 * @param {import('@desktop-api/types').ApiModel} model
 * @returns {Array<{url: string, server: import('@desktop-api/types').ServerModel, values: Record<string, string>}>}
 */
export function expandServers(model) {
  return model.servers.flatMap((server) => {
    /** @type {Array<Record<string, string>>} */
    let combinations = [{}];
    for (const variable of server.variables) {
      const choices = variable.enum.length > 0 ? variable.enum : [variable.default];
      combinations = combinations.flatMap((values) =>
        choices.map((choice) => ({ ...values, [variable.name]: choice })),
      );
    }
    return combinations.map((values) => ({
      url: server.url.replace(/\{([^}]+)\}/g, (match, name) => values[name] ?? match).replace(/\/+$/, ''),
      server,
      values,
    }));
  });
}

/**
 * The hosts the docs server's relay forwards to: those of the spec's HTTPS servers that are not loopback, with
 * every server variable expanded (for Workspace: the regional endpoint of every region).
 * @param {import('@desktop-api/types').ApiModel} model
 * @returns {string[]} `host` or `host:port`, lower case, sorted
 */
export function relayHosts(model) {
  const hosts = new Set();
  for (const { url } of expandServers(model)) {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && !isLoopbackHostname(parsed.hostname)) {
      hosts.add(parsed.host.toLowerCase());
    }
  }
  return [...hosts].sort();
}
