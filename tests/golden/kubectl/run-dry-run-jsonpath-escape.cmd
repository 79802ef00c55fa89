kubectl run web --image=nginx --env='Q=a<b>&c' --dry-run=client -o jsonpath='{.spec.containers[0].env}'
