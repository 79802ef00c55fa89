kubectl rollout undo deployment/held --dry-run=server
