kubectl replace -f web-3.yaml --validate=false
