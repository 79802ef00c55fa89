kubectl patch deployment nothere -p '{"spec":{"replicas":3}}'
