kubectl create -f missing-kind.yaml --validate=false
