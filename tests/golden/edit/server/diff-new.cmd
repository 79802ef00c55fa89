kubectl diff -f made.yaml
