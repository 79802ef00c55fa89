kubectl patch deployment web -p '{}'
