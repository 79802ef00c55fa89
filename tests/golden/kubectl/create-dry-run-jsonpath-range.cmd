kubectl create -f pod.yaml --dry-run=client --validate=false -o jsonpath='{range .spec.containers[*]}{.name}{"\t"}{.image}{"\n"}{end}'
