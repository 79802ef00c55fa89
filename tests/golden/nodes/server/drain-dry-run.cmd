kubectl drain node01 --ignore-daemonsets --force --delete-emptydir-data --dry-run=client
