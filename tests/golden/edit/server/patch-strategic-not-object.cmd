kubectl patch deployment web -p '"replicas"'
