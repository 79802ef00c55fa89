kubectl set resources deployment web --limits=cpu=200m
kubectl set resources deployment web --limits=cpu=200m
