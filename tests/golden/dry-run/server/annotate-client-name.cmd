kubectl annotate deployment web a=b --dry-run=client -o name
