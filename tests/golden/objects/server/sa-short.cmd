kubectl create sa robot -n dev --dry-run=client
