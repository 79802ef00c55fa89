kubectl rollout undo deployment/web --dry-run=server
