kubectl patch pod redis nginx -p '{"metadata":{"labels":{"x":"y"}}}'
