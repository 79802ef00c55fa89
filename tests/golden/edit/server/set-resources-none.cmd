kubectl set resources deployment web
