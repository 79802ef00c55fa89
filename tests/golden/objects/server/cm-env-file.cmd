kubectl create configmap env --from-env-file=app.env --dry-run=client -o yaml
