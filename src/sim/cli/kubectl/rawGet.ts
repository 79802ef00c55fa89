import { kubectlErrorText } from '../../apiserver/protocol.ts';
import { api, err, type CommandGenerator } from '../command.ts';
import { API_SERVER_URL } from './apiPaths.ts';
import type { KubectlContext } from './registry.ts';
import { logResponse, logServerResponseObject, statusObject, verbosityOf } from './requestLog.ts';
import { apiServerBody } from './restGet.ts';

/**
 * `kubectl get --raw PATH`: a GET on the API server whose body kubectl copies to stdout unchanged
 * (restGet.ts says what the simulated API server answers, for `kubectl proxy` too). A Status reply
 * becomes kubectl's error text; the API server's plain 404 page becomes "the server could not find
 * the requested resource", as client-go words it.
 */
const NOT_FOUND_TEXT = 'the server could not find the requested resource';

export function* rawGet(ctx: KubectlContext): CommandGenerator {
  const { io, flags } = ctx;
  const raw = String(flags.raw);
  if (ctx.args.length > 0) return fail(ctx, 'arguments may not be passed when --raw is specified');
  if (flags.watch || flags.selector) return fail(ctx, '--raw may not be specified with other flags that filter the server request or alter the output');
  if (flags.output) return fail(ctx, '--raw and --output are mutually exclusive');
  if (!raw.startsWith('/')) return fail(ctx, `--raw must be a valid URL path: parse "${raw}": invalid URI for request`);
  const [path, query = ''] = raw.split('?', 2);
  const started = io.now();
  const url = `${API_SERVER_URL}${raw}`;
  const reply = yield* apiServerBody(path, new URLSearchParams(query), false, api);
  if (verbosityOf(ctx) >= 6) logResponse(ctx, 'GET', url, reply.status, io.now() - started);
  if (reply.failure) {
    const { error, resource, name } = reply.failure;
    // The raw client decodes the Status without its type fields.
    logServerResponseObject(ctx, statusObject({ verb: 'get', resource, name }, error, false));
    err(io, kubectlErrorText(error));
    return 1;
  }
  if (reply.status === 404) {
    // client-go turns the plain-text 404 into this Status.
    logServerResponseObject(ctx, JSON.stringify({
      metadata: {}, status: 'Failure', message: NOT_FOUND_TEXT, reason: 'NotFound',
      details: { causes: [{ reason: 'UnexpectedServerResponse', message: '404 page not found' }] }, code: 404,
    }, null, 2));
    err(io, `Error from server (NotFound): ${NOT_FOUND_TEXT}`);
    return 1;
  }
  io.stdout.push(reply.body);
  return 0;
}

function fail(ctx: KubectlContext, message: string): number {
  err(ctx.io, `error: ${message}`);
  return 1;
}
