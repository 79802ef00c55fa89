kubectl cordon node01 --dry-run=client
