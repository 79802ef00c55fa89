kubectl create service clusterip x --tcp=80:8080 --dry-run=server
