kubectl patch pod redis -p '{"spec":{"containers":[{"name":"redis","$patch":"delete"}]}}' -o jsonpath={.spec.containers[*].name}
