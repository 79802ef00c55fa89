kubectl diff -f nothere.yaml
