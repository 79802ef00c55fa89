kubectl create deployment web --image=nginx --dry-run=client -o json -- echo '<b>&'
