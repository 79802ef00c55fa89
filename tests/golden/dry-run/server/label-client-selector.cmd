kubectl label pods -l tier=cache a=b --dry-run=client
