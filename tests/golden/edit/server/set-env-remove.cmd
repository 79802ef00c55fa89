kubectl set env deployment/web MODE=blue
kubectl set env deployment/web MODE-
