// The baseline: a bare node:http server answering 204. Prints its port on stdout.
import { createServer } from 'node:http';

const server = createServer((_req, res) => {
  res.writeHead(204);
  res.end();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
