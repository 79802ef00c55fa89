kubectl patch deployment web --type=merge -p '{"metadata":{"labels":{"tier":"front"}}}'
