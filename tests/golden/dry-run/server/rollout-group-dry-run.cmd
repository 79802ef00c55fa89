kubectl rollout --dry-run
