kubectl create namespace x -n dev --dry-run=client -o yaml
