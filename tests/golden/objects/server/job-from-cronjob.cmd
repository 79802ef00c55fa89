kubectl create job manual --from=cronjob/nightly --dry-run=client -o yaml
