kubectl delete deployment web --dry-run=server
