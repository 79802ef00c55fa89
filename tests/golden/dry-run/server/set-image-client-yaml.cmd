kubectl set image pod/redis redis=redis:7 --dry-run=client -o yaml
