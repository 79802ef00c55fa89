kubectl patch deployment web
