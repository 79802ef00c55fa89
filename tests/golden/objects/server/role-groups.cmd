kubectl create role deployer --verb=create,delete --resource=deployments.apps,pods,jobs.batch --dry-run=client -o yaml
