kubectl create -f pod.yaml --dry-run=client --validate=false -o jsonpath='{.spec.containers[*].name}'
