kubectl annotate deployment --all -l app=x a=b
