kubectl create -f pod.yaml --dry-run=client --validate=false -o custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image,PORT:.spec.containers[0].ports[0].containerPort
