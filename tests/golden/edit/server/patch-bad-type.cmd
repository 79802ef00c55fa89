kubectl patch deployment web --type=xml -p '{}'
