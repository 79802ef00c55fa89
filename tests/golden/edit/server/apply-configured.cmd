kubectl apply -f web-3.yaml --validate=false
