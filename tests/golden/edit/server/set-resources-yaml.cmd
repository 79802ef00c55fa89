kubectl set resources deployment web -c nginx --limits=cpu=200m -o jsonpath={.spec.template.spec.containers[0].resources}
