kubectl create namespace x --dry-run=server
