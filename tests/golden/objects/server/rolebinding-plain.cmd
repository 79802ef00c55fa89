kubectl create rolebinding jane-reads --role=pod-reader --user=jane --dry-run=client
