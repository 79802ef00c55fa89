kubectl run web --image=nginx --env='Q=a<b>&c' --dry-run=client -o json
