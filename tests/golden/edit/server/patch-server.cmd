kubectl patch deployment web -p '{"spec":{"replicas":3}}' --dry-run=server
