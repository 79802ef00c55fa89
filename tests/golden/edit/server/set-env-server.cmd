kubectl set env deployment/web MODE=blue --dry-run=server
