kubectl rollout pause deployment/web --dry-run=server
