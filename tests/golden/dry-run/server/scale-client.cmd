kubectl scale deployment web --replicas=5 --dry-run=client
