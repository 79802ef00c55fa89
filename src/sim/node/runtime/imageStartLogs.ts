import type { ImageRef } from './imageCatalogue.ts';

/**
 * What the server images print when they start with their own command (no `command`/`args` in the
 * pod), so `kubectl logs` of an nginx or redis pod shows what it shows on a real cluster. The lines
 * are the images' own start-up output (their entrypoint scripts and the servers' start messages),
 * with the times of this container's start and the version its tag names. The engine runs no
 * program: these are the lines a healthy start prints, nothing that depends on traffic.
 */
const KERNEL = '5.15.0-143-generic'; // the simulated nodes' kernel (bootstrap.ts, nodeInfo.kernelVersion)

/** The nginx version an image tag runs (the newest patch release of that line as of Kubernetes 1.33). */
const NGINX_VERSIONS: Record<string, string> = {
  latest: '1.27.5', mainline: '1.27.5', stable: '1.28.0', alpine: '1.27.5', '1.29': '1.29.0', '1.28': '1.28.0', '1.27': '1.27.5',
  '1.26': '1.26.3', '1.25': '1.25.5', '1.24': '1.24.0', '1.23': '1.23.4', '1.21': '1.21.6', '1.20': '1.20.2', '1.19': '1.19.10',
  '1.18': '1.18.0', '1.17': '1.17.10', '1.16': '1.16.1', '1.14.2': '1.14.2',
};

const REDIS_VERSIONS: Record<string, string> = { latest: '8.0.2', alpine: '8.0.2', '8': '8.0.2', '7': '7.4.4', '7.4': '7.4.4', '7.2': '7.2.9', '6': '6.2.18' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's error-log time: 2026/01/15 09:00:03. */
function nginxTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** redis's log time: 15 Jan 2026 09:00:03.123. */
function redisTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

function nginxLines(tag: string, start: number): string[] {
  const version = NGINX_VERSIONS[tag] ?? (/^\d+\.\d+\.\d+$/.test(tag) ? tag : NGINX_VERSIONS.latest);
  const alpine = tag.includes('alpine');
  const e = '/docker-entrypoint.sh';
  const t = nginxTime(start);
  return [
    `${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
    `${e}: Looking for shell scripts in /docker-entrypoint.d/`,
    `${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    `${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
    `${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
    `${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
    `${e}: Configuration complete; ready for start up`,
    `${t} [notice] 1#1: using the "epoll" event method`,
    `${t} [notice] 1#1: nginx/${version}`,
    `${t} [notice] 1#1: built by gcc ${alpine ? '14.2.0 (Alpine 14.2.0) ' : '12.2.0 (Debian 12.2.0-14) '}`,
    `${t} [notice] 1#1: OS: Linux ${KERNEL}`,
    `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${t} [notice] 1#1: start worker processes`,
    `${t} [notice] 1#1: start worker process 29`,
    `${t} [notice] 1#1: start worker process 30`,
  ];
}

function redisLines(tag: string, start: number): string[] {
  const version = REDIS_VERSIONS[tag] ?? REDIS_VERSIONS.latest;
  const c = (ms: number, mark: string, text: string) => `1:${mark} ${redisTime(start + ms)} ${text}`;
  return [
    c(0, 'C', '# oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    c(0, 'C', `# Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`),
    c(0, 'C', '# Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    c(1, 'M', '* monotonic clock: POSIX clock_gettime'),
    c(1, 'M', '* Running mode=standalone, port=6379.'),
    c(2, 'M', '* Server initialized'),
    c(2, 'M', '* Ready to accept connections tcp'),
  ];
}

function httpdLines(start: number): string[] {
  const d = new Date(start);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const t = `${days[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.000000 ${d.getUTCFullYear()}`;
  return [
    "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.1.2. Set the 'ServerName' directive globally to suppress this message",
    "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.1.2. Set the 'ServerName' directive globally to suppress this message",
    `[${t}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations`,
    `[${t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`,
  ];
}

/** The lines an image prints when started with its own command, or none for images that print nothing. */
export function imageStartLines(ref: ImageRef | undefined, startEpochMs: number, podIp?: string): string[] {
  if (!ref) return [];
  switch (ref.repository) {
    case 'docker.io/library/nginx':
      return nginxLines(ref.tag, startEpochMs);
    case 'docker.io/library/redis':
      return redisLines(ref.tag, startEpochMs);
    case 'docker.io/library/httpd':
      return httpdLines(startEpochMs).map((l) => (podIp ? l.replace('10.244.1.2', podIp) : l));
    default:
      return [];
  }
}
