import { api, err, out, program, registerProgram, type CommandGenerator, type CommandIO, type Effect } from '../../command.ts';
import { controlPlaneNode, networkOf, nodeIPs } from '../../../network/clusterNetwork.ts';
import { registerVerb, type KubectlContext } from '../registry.ts';
import { apiServerBody, type HttpReply } from '../restGet.ts';
import { parseResourcePath } from '../apiPaths.ts';

/**
 * `kubectl proxy`: a local HTTP server that forwards requests to the API server with kubectl's
 * credentials. Run in the background (`kubectl proxy &`) it registers itself in the session, and
 * from then on `curl http://localhost:8001/<api path>` on the control-plane shell is answered by the
 * API server (GET requests), filtered as the real proxy filters (--accept-hosts, --accept-paths,
 * --reject-paths, --reject-methods, --api-prefix). Static files (--www) and unix sockets are not simulated.
 */
export interface RunningProxy {
  address: string;
  port: number;
  apiPrefix: string;
  acceptHosts: RegExp[];
  acceptPaths: RegExp[];
  rejectPaths: RegExp[];
  rejectMethods: RegExp[];
  disableFilter: boolean;
  /** kubectl's identity when the proxy started (--as, --token). */
  user?: string;
  token?: string;
}

export function runningProxies(session: Record<string, unknown>): RunningProxy[] {
  return ((session.kubectlProxies as RunningProxy[] | undefined) ??= []) as RunningProxy[];
}

/** pflag's string-slice value: comma-separated regular expressions. */
function regexList(flag: string, value: string): RegExp[] {
  return value
    .split(',')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return new RegExp(p);
      } catch {
        throw new Error(`Error compiling re: error parsing regexp: \`${p}\` (--${flag})`);
      }
    });
}

function* proxy(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  if (flags['unix-socket'] || flags.www) {
    err(io, '(simulation) kubectl proxy --unix-socket and --www are not simulated: only the TCP proxy to the API is.');
    return 1;
  }
  const address = String(flags.address);
  let port = Number(flags.port);
  if (!io.background) {
    err(io, '(simulation) kubectl proxy serves until it is stopped with Ctrl+C, which this terminal cannot send, so it would never return here. Run it in the background instead: kubectl proxy &');
    return 1;
  }
  let state: RunningProxy;
  try {
    state = {
      address,
      port,
      apiPrefix: String(flags['api-prefix']),
      acceptHosts: regexList('accept-hosts', String(flags['accept-hosts'])),
      acceptPaths: regexList('accept-paths', String(flags['accept-paths'])),
      rejectPaths: regexList('reject-paths', String(flags['reject-paths'])),
      rejectMethods: regexList('reject-methods', String(flags['reject-methods'])),
      disableFilter: !!flags['disable-filter'],
      user: io.user,
      token: io.token,
    };
  } catch (e) {
    err(io, `error: ${(e as Error).message}`);
    return 1;
  }
  const proxies = runningProxies(io.session);
  // --port=0 asks the kernel for a free port: one from Linux's ephemeral range, drawn from the seeded generator.
  if (port === 0) {
    let n = 0;
    for (const ch of io.random(4)) n = n * 36 + ch.charCodeAt(0);
    port = 32768 + (n % 28232);
    state.port = port;
  }
  const clash = proxies.find((p) => p.port === port && (p.address === address || p.address === '0.0.0.0' || address === '0.0.0.0'));
  if (clash) {
    err(io, `error: listen tcp ${address}:${port}: bind: address already in use`);
    return 1;
  }
  proxies.push(state);
  out(io, `Starting to serve on ${address === '0.0.0.0' ? '[::]' : address}:${port}`);
  try {
    yield { type: 'park' };
  } finally {
    // Stopped (kill %1): the port is free again.
    const i = proxies.indexOf(state);
    if (i >= 0) proxies.splice(i, 1);
  }
  return 0;
}

registerVerb({
  name: 'proxy',
  flags: [
    { name: 'accept-hosts', type: 'string', default: '^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$' },
    { name: 'accept-paths', type: 'string', default: '^.*' },
    { name: 'address', type: 'string', default: '127.0.0.1' },
    { name: 'api-prefix', type: 'string', default: '/' },
    { name: 'append-server-path', type: 'bool', default: false },
    { name: 'disable-filter', type: 'bool', default: false },
    { name: 'keepalive', type: 'duration', default: '0s' },
    { name: 'port', short: 'p', type: 'int', default: 8001 },
    { name: 'reject-methods', type: 'string', default: '^$' },
    { name: 'reject-paths', type: 'string', default: '^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach' },
    { name: 'unix-socket', short: 'u', type: 'string', default: '' },
    { name: 'www', short: 'w', type: 'string', default: '' },
    { name: 'www-prefix', short: 'P', type: 'string', default: '/static/' },
  ],
  run: proxy,
});

// ---------------------------------------------------------------------------------------------------
// curl on the control-plane shell, when it names a running proxy.

interface CurlRequest {
  method: string;
  url: string;
  includeHeaders: boolean;
  silent: boolean;
  outputFile?: string;
}

function parseCurl(argv: string[]): CurlRequest | undefined {
  const req: CurlRequest = { method: 'GET', url: '', includeHeaders: false, silent: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-X' || a === '--request') req.method = argv[++i] ?? 'GET';
    else if (a.startsWith('-X') && a.length > 2) req.method = a.slice(2);
    else if (a === '-o' || a === '--output') req.outputFile = argv[++i];
    else if (a === '-H' || a === '--header' || a === '-m' || a === '--max-time' || a === '--connect-timeout' || a === '-A' || a === '--user-agent') i++;
    else if (a === '-i' || a === '--include') req.includeHeaders = true;
    else if (a === '--silent') req.silent = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('i')) req.includeHeaders = true;
      if (a.includes('s')) req.silent = true;
    } else if (!a.startsWith('-')) req.url = a;
  }
  return req.url ? req : undefined;
}

/** The proxy a URL reaches: host and port it listens on (0.0.0.0 also answers on the node's addresses). */
function proxyFor(io: CommandIO, url: URL): RunningProxy | undefined {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname;
  const net = networkOf(io);
  const node = net && controlPlaneNode(net);
  const nodeAddresses = net ? [node ?? '', nodeIPs(net)[node ?? ''] ?? ''] : [];
  return runningProxies(io.session).find((p) => {
    if (p.port !== port) return false;
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(host);
    if (p.address === '0.0.0.0') return loopback || nodeAddresses.includes(host);
    return p.address === '127.0.0.1' ? loopback : host === p.address;
  });
}

function* throughProxy(io: CommandIO, p: RunningProxy, req: CurlRequest, url: URL): Generator<Effect, HttpReply, unknown> {
  const forbidden: HttpReply = { status: 403, contentType: 'text/plain; charset=utf-8', body: 'Forbidden\n' };
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed %-escape stays as typed (the request then names no resource).
  }
  // As in kubectl's proxy server: the mux serves only the prefix (404 elsewhere), the prefix is stripped
  // (unless it starts with /api), and then the filter sees the host, the remaining path and the method.
  const prefix = p.apiPrefix.endsWith('/') ? p.apiPrefix : `${p.apiPrefix}/`;
  if (!`${path}/`.startsWith(prefix)) return { status: 404, contentType: 'text/plain; charset=utf-8', body: '404 page not found\n' };
  const apiPath = prefix.startsWith('/api') ? path : `/${path.slice(prefix.length)}`;
  if (!p.disableFilter) {
    if (!p.acceptHosts.some((r) => r.test(url.hostname))) return forbidden;
    if (!p.acceptPaths.some((r) => r.test(apiPath)) || p.rejectPaths.some((r) => r.test(apiPath))) return forbidden;
    if (p.rejectMethods.some((r) => r.test(req.method))) return forbidden;
  }
  // kubectl proxy passes curl's User-Agent on: the API server pretty-prints for curl unless ?pretty=false.
  const prettyParam = url.searchParams.get('pretty');
  const pretty = prettyParam === null || prettyParam === '' ? true : ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(prettyParam);
  if (req.method.toUpperCase() !== 'GET') {
    return { status: 0, contentType: '', body: '', note: `(simulation) only GET requests through kubectl proxy are simulated; use kubectl for ${req.method.toUpperCase()}.` };
  }
  const watch = url.searchParams.get('watch');
  if ((watch === 'true' || watch === '1') && parseResourcePath(apiPath.length > 1 ? apiPath.replace(/\/$/, '') : apiPath)) {
    return { status: 0, contentType: '', body: '', note: '(simulation) watch requests through kubectl proxy are not simulated; use kubectl get -w.' };
  }
  return yield* apiServerBody(apiPath, url.searchParams, pretty, (request) => api({ ...request, user: p.user, token: p.token }));
}

const REASONS: Record<number, string> = { 200: 'OK', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 422: 'Unprocessable Entity', 500: 'Internal Server Error', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** Wraps the host curl (services/netTools.ts): URLs of a running proxy are answered here, others go on. */
const hostCurl = program('curl');
registerProgram('curl', function* (argv, io) {
  const req = parseCurl(argv);
  let url: URL | undefined;
  try {
    url = req ? new URL(/^[a-z]+:\/\//i.test(req.url) ? req.url : `http://${req.url}`) : undefined;
  } catch {
    url = undefined;
  }
  const p = req && url && url.protocol === 'http:' ? proxyFor(io, url) : undefined;
  if (!p || !req || !url) {
    if (hostCurl) return yield* hostCurl(argv, io);
    err(io, `curl: (7) Failed to connect to ${url?.hostname ?? 'localhost'} port ${url?.port ?? 80}: Couldn't connect to server`);
    return 7;
  }
  const reply = yield* throughProxy(io, p, req, url);
  if (reply.note) {
    err(io, reply.note);
    return 2;
  }
  // Simplified headers: the API server's Audit-Id, Cache-Control and flow-control headers are left out.
  const headers = req.includeHeaders ? `HTTP/1.1 ${reply.status} ${REASONS[reply.status] ?? ''}\r\nContent-Type: ${reply.contentType}\r\n\r\n` : '';
  if (req.outputFile && req.outputFile !== '-') {
    const files = ((io.session.files as Record<string, string> | undefined) ??= {}) as Record<string, string>;
    files[req.outputFile] = headers + reply.body;
    return 0;
  }
  io.stdout.push(headers + reply.body);
  return 0;
});
