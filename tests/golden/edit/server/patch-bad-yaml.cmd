kubectl patch deployment web -p '{"spec": {'
