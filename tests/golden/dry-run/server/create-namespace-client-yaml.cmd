kubectl create namespace x --dry-run=client -o yaml
