kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}' -o jsonpath={.spec.template.spec.containers[*].image}
