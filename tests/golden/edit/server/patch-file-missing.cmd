kubectl patch deployment web --patch-file nothere.yaml
