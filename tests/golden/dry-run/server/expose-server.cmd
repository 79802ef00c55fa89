kubectl expose pod redis --port=6379 --dry-run=server
