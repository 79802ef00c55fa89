/**
 * Error texts exactly as etcd reports them to clients (etcd `mvcc/kvstore.go`,
 * `etcdserver/api/v3rpc/rpctypes/error.go`). The gRPC code is kept for clients that print it.
 */
export class EtcdError extends Error {
  constructor(
    message: string,
    readonly grpcCode: 'OutOfRange' | 'NotFound' | 'InvalidArgument' | 'Unavailable' | 'FailedPrecondition' | 'DeadlineExceeded',
  ) {
    super(message);
    this.name = 'EtcdError';
  }
}

export const ERR_COMPACTED = 'etcdserver: mvcc: required revision has been compacted';
export const ERR_FUTURE_REV = 'etcdserver: mvcc: required revision is a future revision';
export const ERR_LEASE_NOT_FOUND = 'etcdserver: requested lease not found';
export const ERR_LEASE_EXIST = 'etcdserver: lease already exists';
export const ERR_EMPTY_KEY = 'etcdserver: key is not provided';
export const ERR_NO_LEADER = 'etcdserver: no leader';
export const ERR_TIMEOUT = 'etcdserver: request timed out';
export const ERR_DUPLICATE_KEY = 'etcdserver: duplicate key given in txn request';

export const compactedError = (): EtcdError => new EtcdError(ERR_COMPACTED, 'OutOfRange');
export const futureRevError = (): EtcdError => new EtcdError(ERR_FUTURE_REV, 'OutOfRange');
export const leaseNotFoundError = (): EtcdError => new EtcdError(ERR_LEASE_NOT_FOUND, 'NotFound');
