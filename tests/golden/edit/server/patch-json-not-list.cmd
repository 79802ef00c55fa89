kubectl patch deployment web --type=json -p '{"op":"add"}'
