kubectl apply -f held.yaml --validate=false
