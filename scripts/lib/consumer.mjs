// A fresh project outside the workspace with the packed packages installed from their tarballs by npm, as a
// downstream team installs them (the smoke test and the runtime matrix use one each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Makes a project in a new temporary folder and installs `tarballs` and `extra` (registry packages, `name@version`)
 * into it with npm. Returns the project's folder; throws with npm's output when the install fails.
 * @param {string[]} tarballs absolute paths
 * @param {string[]} [extra]
 * @param {string} [prefix] the temporary folder's name prefix
 */
export function createConsumerApp(tarballs, extra = [], prefix = 'desktop-api-consumer-') {
  const app = join(mkdtempSync(join(tmpdir(), prefix)), 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, ...extra], {
    cwd: app,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm install in ${app} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return app;
}
