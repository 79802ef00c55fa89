kubectl patch deployment web --type=json -p '[{"op":"remove","path":"/spec/template/spec/affinity"}]'
