// One cold-start sample of the baseline: import Hono, build an app with one DELETE route answering 204, and answer a
// first request in-process with `app.request`. Prints the milliseconds this took (Node's own start-up excluded).
const started = performance.now();
const { Hono } = await import('hono');
const app = new Hono();
app.delete('/v2/:project_id/desktops/:desktop_id', (c) => c.body(null, 204));
const response = await app.request('http://sandbox.local/v2/p/desktops/d', { method: 'DELETE' });
const elapsed = performance.now() - started;
if (response.status !== 204) throw new Error(`the bare Hono app's first answer was ${response.status}, not 204`);
process.stdout.write(`${elapsed}\n`);
