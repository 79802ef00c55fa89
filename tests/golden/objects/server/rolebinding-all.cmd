kubectl create rolebinding team --clusterrole=view --user=jane --group=devs --serviceaccount=default:robot -n dev --dry-run=client -o yaml
