kubectl create clusterrolebinding jane-admin --clusterrole=cluster-admin --user=jane --dry-run=client -o yaml
