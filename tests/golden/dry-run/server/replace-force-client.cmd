kubectl replace --force -f web-3.yaml --dry-run=client
