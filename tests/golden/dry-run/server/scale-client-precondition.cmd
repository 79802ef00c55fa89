kubectl scale deployment web --current-replicas=3 --replicas=5 --dry-run=client
