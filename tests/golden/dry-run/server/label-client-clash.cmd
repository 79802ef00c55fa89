kubectl label pod redis tier=web --dry-run=client
