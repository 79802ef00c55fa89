kubectl rollout undo deployment/web --to-revision=2 --dry-run=client
