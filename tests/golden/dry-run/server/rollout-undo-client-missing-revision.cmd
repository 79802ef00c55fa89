kubectl rollout undo deployment/web --to-revision=9 --dry-run=client
