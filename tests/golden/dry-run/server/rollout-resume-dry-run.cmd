kubectl rollout resume deployment/held --dry-run
