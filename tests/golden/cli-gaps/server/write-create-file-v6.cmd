kubectl create -f made.yaml --validate=false -v=6
