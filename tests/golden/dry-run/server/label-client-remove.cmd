kubectl label pod redis tier- --dry-run=client
