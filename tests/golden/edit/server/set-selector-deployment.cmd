kubectl set selector deployment web app=web2
