kubectl create secret generic db --from-literal=user=admin --from-literal=password='s3cr=t' --dry-run=client -o yaml
