kubectl rollout restart deployment/web --dry-run=client
