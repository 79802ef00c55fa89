kubectl run x --image=nginx --dry-run=client -o jsonpath={.spec.containers[0].image}
