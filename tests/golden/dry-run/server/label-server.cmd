kubectl label pod redis a=b --dry-run=server
