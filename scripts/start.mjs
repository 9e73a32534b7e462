// npm start: build what is stale, then run the compiled server in this very process, so that the
// SIGTERM or SIGINT npm passes on reaches the server's own shutdown (no child to forward it to).
// The npm script is `exec node ...`: npm runs scripts through `sh -c`, and Debian's sh (dash)
// keeps itself between npm and node; on SIGTERM it died alone and left the server holding the port.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, repositoryRoot } from './build-if-stale.mjs';

buildIfStale();
await import(pathToFileURL(path.join(repositoryRoot, 'dist/node/server/main.js')).href);
