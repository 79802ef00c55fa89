kubectl patch deployment web --type=json -p '[{"op":"copy","from":"/metadata/name","path":"/metadata/labels"}]'
