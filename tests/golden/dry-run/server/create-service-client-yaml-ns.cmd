kubectl create service clusterip x --tcp=80:8080 -n dev --dry-run=client -o yaml
