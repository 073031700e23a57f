// The runtime matrix's Worker for workerd, bundled with the installed packages: its `test` handler (run by
// `workerd test`) runs the checks of the package named by the SUITE binding with the CONFIG binding, prints one line
// `{"results":[…]}` and throws when a check failed.
import * as client from '@desktop-api/client';
import * as signer from '@desktop-api/signer';
import { runClientCases } from './cases/client.mjs';
import { runSignerCases } from './cases/signer.mjs';

export default {
  /** @param {unknown} _controller @param {{ SUITE: string, CONFIG: string }} env */
  async test(_controller, env) {
    const config = JSON.parse(env.CONFIG);
    const results =
      env.SUITE === 'client' ? await runClientCases(client, config) : await runSignerCases(signer, config);
    console.log(JSON.stringify({ results }));
    if (!results.every((r) => r.ok)) throw new Error(`${env.SUITE}: a check failed`);
  },
};
