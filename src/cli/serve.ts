// Serve the built site locally: tsx src/cli/serve.ts [dir=dist] [--port 4321] [--host 127.0.0.1] [--build]
// `npm start` passes --build: the port is checked first, so a taken port is reported in one line
// before the user waits for a build, then `npm run build` runs, then the site is served.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { startStaticServer, type StaticServer } from '../lib/static-server';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      build: { type: 'boolean', default: false },
    },
  });
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)} (options: --port N, --host H)`);
  process.exit(2);
}
const { values, positionals } = parsed;
const dir = positionals[0] ?? 'dist';
const host = values.host;
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) {
  console.error(`Invalid --port ${values.port}: a number from 0 to 65535`);
  process.exit(2);
}

/** Why the port cannot be listened on, or undefined when it can (the probe is closed again). */
function probe(p: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => done(err));
    server.listen(p, host, () => server.close(() => done(undefined)));
  });
}

/** One line saying what to do, then exit 1. */
async function portProblem(err: NodeJS.ErrnoException): Promise<never> {
  if (err.code === 'EADDRINUSE') {
    let free = port + 1;
    while (free < Math.min(port + 50, 65536) && (await probe(free))) free++;
    console.error(`Port ${port} is in use: npm start -- --port ${free}`);
  } else if (err.code === 'EACCES') {
    console.error(`Port ${port} needs privileges: npm start -- --port 4321`);
  } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
    console.error(`Host ${host} is not an address of this machine: npm start -- --host 127.0.0.1`);
  } else {
    console.error(`Cannot listen on ${host}:${port}: ${err.message}`);
  }
  process.exit(1);
}

const problem = await probe(port);
if (problem) await portProblem(problem);

if (values.build) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (!existsSync(dir)) {
  console.error(`${dir} does not exist: build it first (npm run build), or run npm start`);
  process.exit(1);
}

let server: StaticServer | undefined;
try {
  server = await startStaticServer(dir, port, host);
} catch (err) {
  // Taken between the check and now (e.g. during the build).
  if ((err as NodeJS.ErrnoException).syscall !== 'listen') throw err;
  await portProblem(err as NodeJS.ErrnoException);
}
console.log(`Serving ${dir} at ${server?.url}/`);

// Close sockets cleanly so Ctrl-C does not leave the port briefly busy.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server?.close().then(() => process.exit(0)));
}
