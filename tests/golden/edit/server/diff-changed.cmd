kubectl diff -f web-3.yaml
