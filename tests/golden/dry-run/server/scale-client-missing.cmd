kubectl scale deployment nothere --replicas=1 --dry-run=client
