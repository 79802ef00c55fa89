kubectl set image deployment/web nope=nginx --dry-run=client
