kubectl patch deployment/web -p 'spec: {replicas: 5}' -o jsonpath={.spec.replicas}
