kubectl patch deployment web -p '{}' --patch-file patch.yaml
