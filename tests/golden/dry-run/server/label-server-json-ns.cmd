kubectl label pod redis a=b -n default --dry-run=server -o json
