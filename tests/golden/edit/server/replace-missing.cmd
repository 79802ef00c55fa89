kubectl replace -f made.yaml --validate=false
