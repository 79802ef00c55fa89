kubectl patch deployment web --type=json --patch-file ops.json
