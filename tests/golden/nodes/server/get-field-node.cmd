kubectl get pods -A --field-selector spec.nodeName=node01 -o name
