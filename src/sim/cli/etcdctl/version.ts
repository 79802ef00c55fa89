/** The etcdctl this simulation imitates (Debian's etcd-client 3.4.23, used for the golden transcripts). */
export const ETCDCTL_VERSION = '3.4.23';
export const ETCDCTL_API_VERSION = '3.4';
