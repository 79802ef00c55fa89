kubectl rollout status deployment/web --dry-run=client
