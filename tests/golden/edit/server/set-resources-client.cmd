kubectl set resources deployment web --requests=memory=64Mi --dry-run=client
