kubectl wait pod/x --for=jsonpath='{.status'
