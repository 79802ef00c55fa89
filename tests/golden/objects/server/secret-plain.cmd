kubectl create secret generic db --from-literal=a=b --dry-run=client
