kubectl patch deployment web --local -p '{}'
