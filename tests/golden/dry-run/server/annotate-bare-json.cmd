kubectl annotate pod redis a=b --dry-run -o json
