kubectl annotate deployment web a=b --dry-run=server -v=6
