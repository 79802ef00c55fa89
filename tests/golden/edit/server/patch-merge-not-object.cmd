kubectl patch deployment web --type=merge -p '[1]'
