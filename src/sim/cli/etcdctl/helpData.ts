/**
 * etcdctl 3.4's command descriptions and flags, as its help output prints them (recorded from
 * etcdctl 3.4.23). The parser reads the flag kinds and defaults from here, and usage.ts lays the
 * help out the way etcdctl's template and Go's tabwriter do.
 */
export interface FlagDef {
  name: string;
  short?: string;
  kind: 'bool' | 'string' | 'int' | 'duration' | 'stringSlice';
  /** Default as help prints it (strings with their quotes). */
  def: string;
  usage: string;
}

export interface CommandHelp {
  /** "get - Gets the key or a range of keys" */
  name: string;
  usage: string;
  description?: string;
  /** Sub-commands of a command group: [name, short description]. */
  commands?: [string, string][];
  /** Local flags, sorted by name as pflag sorts them. */
  flags: FlagDef[];
}

export const GLOBAL_FLAGS: FlagDef[] = [
  { name: "cacert", kind: 'string', def: "\"\"", usage: "verify certificates of TLS-enabled secure servers using this CA bundle" },
  { name: "cert", kind: 'string', def: "\"\"", usage: "identify secure client using this TLS certificate file" },
  { name: "command-timeout", kind: 'duration', def: "5s", usage: "timeout for short running command (excluding dial timeout)" },
  { name: "debug", kind: 'bool', def: "false", usage: "enable client-side debug logging" },
  { name: "dial-timeout", kind: 'duration', def: "2s", usage: "dial timeout for client connections" },
  { name: "discovery-srv", short: "d", kind: 'string', def: "\"\"", usage: "domain name to query for SRV records describing cluster endpoints" },
  { name: "discovery-srv-name", kind: 'string', def: "\"\"", usage: "service name to query when using DNS discovery" },
  { name: "endpoints", kind: 'stringSlice', def: "[127.0.0.1:2379]", usage: "gRPC endpoints" },
  { name: "hex", kind: 'bool', def: "false", usage: "print byte strings as hex encoded strings" },
  { name: "insecure-discovery", kind: 'bool', def: "true", usage: "accept insecure SRV records describing cluster endpoints" },
  { name: "insecure-skip-tls-verify", kind: 'bool', def: "false", usage: "skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)" },
  { name: "insecure-transport", kind: 'bool', def: "true", usage: "disable transport security for client connections" },
  { name: "keepalive-time", kind: 'duration', def: "2s", usage: "keepalive time for client connections" },
  { name: "keepalive-timeout", kind: 'duration', def: "6s", usage: "keepalive timeout for client connections" },
  { name: "key", kind: 'string', def: "\"\"", usage: "identify secure client using this TLS key file" },
  { name: "password", kind: 'string', def: "\"\"", usage: "password for authentication (if this option is used, --user option shouldn't include password)" },
  { name: "user", kind: 'string', def: "\"\"", usage: "username[:password] for authentication (prompt if password is not supplied)" },
  { name: "write-out", short: "w", kind: 'string', def: "\"simple\"", usage: "set the output format (fields, json, protobuf, simple, table)" },
];

export const COMMAND_HELP: Record<string, CommandHelp> = {
  "": {
    name: "etcdctl - A simple command line client for etcd3.",
    usage: "etcdctl [flags]",
    commands: [
      ["alarm disarm", "Disarms all alarms"],
      ["alarm list", "Lists all alarms"],
      ["auth disable", "Disables authentication"],
      ["auth enable", "Enables authentication"],
      ["check datascale", "Check the memory usage of holding data for different workloads on a given server endpoint."],
      ["check perf", "Check the performance of the etcd cluster"],
      ["compaction", "Compacts the event history in etcd"],
      ["completion bash", "Generate the autocompletion script for bash"],
      ["completion fish", "Generate the autocompletion script for fish"],
      ["completion powershell", "Generate the autocompletion script for powershell"],
      ["completion zsh", "Generate the autocompletion script for zsh"],
      ["defrag", "Defragments the storage of the etcd members with given endpoints"],
      ["del", "Removes the specified key or range of keys [key, range_end)"],
      ["elect", "Observes and participates in leader election"],
      ["endpoint hashkv", "Prints the KV history hash for each endpoint in --endpoints"],
      ["endpoint health", "Checks the healthiness of endpoints specified in `--endpoints` flag"],
      ["endpoint status", "Prints out the status of endpoints specified in `--endpoints` flag"],
      ["get", "Gets the key or a range of keys"],
      ["help", "Help about any command"],
      ["lease grant", "Creates leases"],
      ["lease keep-alive", "Keeps leases alive (renew)"],
      ["lease list", "List all active leases"],
      ["lease revoke", "Revokes leases"],
      ["lease timetolive", "Get lease information"],
      ["lock", "Acquires a named lock"],
      ["make-mirror", "Makes a mirror at the destination etcd cluster"],
      ["member add", "Adds a member into the cluster"],
      ["member list", "Lists all members in the cluster"],
      ["member promote", "Promotes a non-voting member in the cluster"],
      ["member remove", "Removes a member from the cluster"],
      ["member update", "Updates a member in the cluster"],
      ["migrate", "Migrates keys in a v2 store to a mvcc store"],
      ["move-leader", "Transfers leadership to another etcd cluster member."],
      ["put", "Puts the given key into the store"],
      ["role add", "Adds a new role"],
      ["role delete", "Deletes a role"],
      ["role get", "Gets detailed information of a role"],
      ["role grant-permission", "Grants a key to a role"],
      ["role list", "Lists all roles"],
      ["role revoke-permission", "Revokes a key from a role"],
      ["snapshot restore", "Restores an etcd member snapshot to an etcd directory"],
      ["snapshot save", "Stores an etcd node backend snapshot to a given file"],
      ["snapshot status", "Gets backend snapshot status of a given file"],
      ["txn", "Txn processes all the requests in one transaction"],
      ["user add", "Adds a new user"],
      ["user delete", "Deletes a user"],
      ["user get", "Gets detailed information of a user"],
      ["user grant-role", "Grants a role to a user"],
      ["user list", "Lists all users"],
      ["user passwd", "Changes password of user"],
      ["user revoke-role", "Revokes a role from a user"],
      ["version", "Prints the version of etcdctl"],
      ["watch", "Watches events stream on keys or prefixes"],
    ],
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for etcdctl" },
    ],
  },
  "compaction": {
    name: "compaction - Compacts the event history in etcd",
    usage: "etcdctl compaction [options] <revision> [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for compaction" },
      { name: "physical", kind: 'bool', def: "false", usage: "'true' to wait for compaction to physically remove all old revisions" },
    ],
  },
  "del": {
    name: "del - Removes the specified key or range of keys [key, range_end)",
    usage: "etcdctl del [options] <key> [range_end] [flags]",
    flags: [
      { name: "from-key", kind: 'bool', def: "false", usage: "delete keys that are greater than or equal to the given key using byte compare" },
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for del" },
      { name: "prefix", kind: 'bool', def: "false", usage: "delete keys with matching prefix" },
      { name: "prev-kv", kind: 'bool', def: "false", usage: "return deleted key-value pairs" },
    ],
  },
  "endpoint": {
    name: "endpoint - Endpoint related commands",
    usage: "etcdctl endpoint <subcommand> [flags]",
    commands: [
      ["hashkv", "Prints the KV history hash for each endpoint in --endpoints"],
      ["health", "Checks the healthiness of endpoints specified in `--endpoints` flag"],
      ["status", "Prints out the status of endpoints specified in `--endpoints` flag"],
    ],
    flags: [
      { name: "cluster", kind: 'bool', def: "false", usage: "use all endpoints from the cluster member list" },
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for endpoint" },
    ],
  },
  "endpoint health": {
    name: "endpoint health - Checks the healthiness of endpoints specified in `--endpoints` flag",
    usage: "etcdctl endpoint health [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for health" },
    ],
  },
  "endpoint status": {
    name: "endpoint status - Prints out the status of endpoints specified in `--endpoints` flag",
    usage: "etcdctl endpoint status [flags]",
    description: "When --write-out is set to simple, this command prints out comma-separated status lists for each endpoint.\nThe items in the lists are endpoint, ID, version, db size, is leader, is learner, raft term, raft index, raft applied index, errors.",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for status" },
    ],
  },
  "get": {
    name: "get - Gets the key or a range of keys",
    usage: "etcdctl get [options] <key> [range_end] [flags]",
    flags: [
      { name: "consistency", kind: 'string', def: "\"l\"", usage: "Linearizable(l) or Serializable(s)" },
      { name: "from-key", kind: 'bool', def: "false", usage: "Get keys that are greater than or equal to the given key using byte compare" },
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for get" },
      { name: "keys-only", kind: 'bool', def: "false", usage: "Get only the keys" },
      { name: "limit", kind: 'int', def: "0", usage: "Maximum number of results" },
      { name: "order", kind: 'string', def: "\"\"", usage: "Order of results; ASCEND or DESCEND (ASCEND by default)" },
      { name: "prefix", kind: 'bool', def: "false", usage: "Get keys with matching prefix" },
      { name: "print-value-only", kind: 'bool', def: "false", usage: "Only write values when using the \"simple\" output format" },
      { name: "rev", kind: 'int', def: "0", usage: "Specify the kv revision" },
      { name: "sort-by", kind: 'string', def: "\"\"", usage: "Sort target; CREATE, KEY, MODIFY, VALUE, or VERSION" },
    ],
  },
  "lease": {
    name: "lease - Lease related commands",
    usage: "etcdctl lease <subcommand> [flags]",
    commands: [
      ["grant", "Creates leases"],
      ["keep-alive", "Keeps leases alive (renew)"],
      ["list", "List all active leases"],
      ["revoke", "Revokes leases"],
      ["timetolive", "Get lease information"],
    ],
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for lease" },
    ],
  },
  "lease grant": {
    name: "lease grant - Creates leases",
    usage: "etcdctl lease grant <ttl> [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for grant" },
    ],
  },
  "lease keep-alive": {
    name: "lease keep-alive - Keeps leases alive (renew)",
    usage: "etcdctl lease keep-alive [options] <leaseID> [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for keep-alive" },
      { name: "once", kind: 'bool', def: "false", usage: "Resets the keep-alive time to its original value and exits immediately" },
    ],
  },
  "lease list": {
    name: "lease list - List all active leases",
    usage: "etcdctl lease list [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for list" },
    ],
  },
  "lease revoke": {
    name: "lease revoke - Revokes leases",
    usage: "etcdctl lease revoke <leaseID> [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for revoke" },
    ],
  },
  "lease timetolive": {
    name: "lease timetolive - Get lease information",
    usage: "etcdctl lease timetolive <leaseID> [options] [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for timetolive" },
      { name: "keys", kind: 'bool', def: "false", usage: "Get keys attached to this lease" },
    ],
  },
  "member": {
    name: "member - Membership related commands",
    usage: "etcdctl member <subcommand> [flags]",
    commands: [
      ["add", "Adds a member into the cluster"],
      ["list", "Lists all members in the cluster"],
      ["promote", "Promotes a non-voting member in the cluster"],
      ["remove", "Removes a member from the cluster"],
      ["update", "Updates a member in the cluster"],
    ],
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for member" },
    ],
  },
  "member list": {
    name: "member list - Lists all members in the cluster",
    usage: "etcdctl member list [flags]",
    description: "When --write-out is set to simple, this command prints out comma-separated member lists for each endpoint.\nThe items in the lists are ID, Status, Name, Peer Addrs, Client Addrs, Is Learner.",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for list" },
    ],
  },
  "put": {
    name: "put - Puts the given key into the store",
    usage: "etcdctl put [options] <key> <value> (<value> can also be given from stdin) [flags]",
    description: "Puts the given key into the store.\n\nWhen <value> begins with '-', <value> is interpreted as a flag.\nInsert '--' for workaround:\n\n$ put <key> -- <value>\n$ put -- <key> <value>\n\nIf <value> isn't given as a command line argument and '--ignore-value' is not specified,\nthis command tries to read the value from standard input.\n\nIf <lease> isn't given as a command line argument and '--ignore-lease' is not specified,\nthis command tries to read the value from standard input.\n\nFor example,\n$ cat file | put <key>\nwill store the content of the file to <key>.",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for put" },
      { name: "ignore-lease", kind: 'bool', def: "false", usage: "updates the key using its current lease" },
      { name: "ignore-value", kind: 'bool', def: "false", usage: "updates the key using its current value" },
      { name: "lease", kind: 'string', def: "\"0\"", usage: "lease ID (in hexadecimal) to attach to the key" },
      { name: "prev-kv", kind: 'bool', def: "false", usage: "return the previous key-value pair before modification" },
    ],
  },
  "snapshot": {
    name: "snapshot - Manages etcd node snapshots",
    usage: "etcdctl snapshot <subcommand> [flags]",
    commands: [
      ["restore", "Restores an etcd member snapshot to an etcd directory"],
      ["save", "Stores an etcd node backend snapshot to a given file"],
      ["status", "Gets backend snapshot status of a given file"],
    ],
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for snapshot" },
    ],
  },
  "snapshot restore": {
    name: "snapshot restore - Restores an etcd member snapshot to an etcd directory",
    usage: "etcdctl snapshot restore <filename> [options] [flags]",
    flags: [
      { name: "data-dir", kind: 'string', def: "\"\"", usage: "Path to the data directory" },
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for restore" },
      { name: "initial-advertise-peer-urls", kind: 'string', def: "\"http://localhost:2380\"", usage: "List of this member's peer URLs to advertise to the rest of the cluster" },
      { name: "initial-cluster", kind: 'string', def: "\"default=http://localhost:2380\"", usage: "Initial cluster configuration for restore bootstrap" },
      { name: "initial-cluster-token", kind: 'string', def: "\"etcd-cluster\"", usage: "Initial cluster token for the etcd cluster during restore bootstrap" },
      { name: "name", kind: 'string', def: "\"default\"", usage: "Human-readable name for this member" },
      { name: "skip-hash-check", kind: 'bool', def: "false", usage: "Ignore snapshot integrity hash value (required if copied from data directory)" },
      { name: "wal-dir", kind: 'string', def: "\"\"", usage: "Path to the WAL directory (use --data-dir if none given)" },
    ],
  },
  "snapshot status": {
    name: "snapshot status - Gets backend snapshot status of a given file",
    usage: "etcdctl snapshot status <filename> [flags]",
    description: "When --write-out is set to simple, this command prints out comma-separated status lists for each endpoint.\nThe items in the lists are hash, revision, total keys, total size.",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for status" },
    ],
  },
  "snapshot save": {
    name: "snapshot save - Stores an etcd node backend snapshot to a given file",
    usage: "etcdctl snapshot save <filename> [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for save" },
    ],
  },
  "version": {
    name: "version - Prints the version of etcdctl",
    usage: "etcdctl version [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for version" },
    ],
  },
  "watch": {
    name: "watch - Watches events stream on keys or prefixes",
    usage: "etcdctl watch [options] [key or prefix] [range_end] [--] [exec-command arg1 arg2 ...] [flags]",
    flags: [
      { name: "help", short: "h", kind: 'bool', def: "false", usage: "help for watch" },
      { name: "interactive", short: "i", kind: 'bool', def: "false", usage: "Interactive mode" },
      { name: "prefix", kind: 'bool', def: "false", usage: "Watch on a prefix if prefix is set" },
      { name: "prev-kv", kind: 'bool', def: "false", usage: "get the previous key-value pair before the event happens" },
      { name: "rev", kind: 'int', def: "0", usage: "Revision to start watching" },
    ],
  },
};
