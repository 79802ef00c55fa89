kubectl annotate deployment web
