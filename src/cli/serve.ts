// Serve the built site locally: tsx src/cli/serve.ts [dir=dist] [--port 4321]
import { parseArgs } from 'node:util';
import { startStaticServer } from '../lib/static-server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' } },
});
const dir = positionals[0] ?? 'dist';
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid --port: ${values.port}`);
  process.exit(2);
}

const server = await startStaticServer(dir, port);
console.log(`Serving ${dir} at ${server.url}/`);

// Close sockets cleanly so Ctrl-C does not leave the port briefly busy.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
