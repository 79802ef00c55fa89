kubectl patch deployment web --type=merge -p '{"spec":{"replicas":3}}' --dry-run=server -o name
