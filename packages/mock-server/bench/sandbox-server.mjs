// The sandbox under test: the demo seed plus `count` extra desktops in the demo project. Prints its port.
import { createSandbox, demoSeed } from '../dist/index.js';

const count = Number(process.argv[2] ?? 100000);
const seed = demoSeed();
const project = seed.projects[0];
for (let i = 0; i < count; i++) {
  project.desktops.push({ desktop_id: `bench-${String(i).padStart(7, '0')}`, status: 'ACTIVE', user: null });
}
const sandbox = createSandbox({ seed });
const { port } = await sandbox.listen(0, '127.0.0.1');
process.stdout.write(`${port}\n`);
process.on('SIGTERM', () => sandbox.close().then(() => process.exit(0)));
