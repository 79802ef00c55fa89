kubectl apply -f made.yaml --validate=false -v=6
