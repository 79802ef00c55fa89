kubectl apply -f web-2.yaml --validate=false
