// `npm start`: build the production site (search index included) and serve it locally.
// Search only exists in a production build, which is why this does not run the dev server.
import { run, normalizeBase } from './lib/run.mjs';
import { serveStatic } from './lib/static-server.mjs';

const base = normalizeBase(process.env.BASE_PATH);
const port = Number(process.env.PORT || 4321);
const host = process.env.HOST || '127.0.0.1';

const code = run('astro', ['build'], { env: { BASE_PATH: base } });
if (code !== 0) process.exit(code);

const server = await serveStatic({ root: 'dist', base, port, host });
console.log(`\nK8s Core Notes is being served at ${server.url}`);
console.log(`  Korean (default): ${server.url}`);
console.log(`  English:          ${server.url}en/`);
console.log('Press Ctrl+C to stop.');
