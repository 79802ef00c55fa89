kubectl create secret generic env --from-env-file=app.env --dry-run=client -o yaml
