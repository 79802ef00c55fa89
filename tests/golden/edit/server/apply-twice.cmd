kubectl apply -f made.yaml --validate=false
kubectl apply -f made.yaml --validate=false
