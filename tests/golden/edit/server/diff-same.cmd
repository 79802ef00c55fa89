kubectl diff -f web-2.yaml
