# A discovery-only stand-in for an API server, so the real kubectl can run client-side dry runs
# (kubectl run/create --dry-run=client -o yaml) offline. It serves /api, /apis and the resource lists;
# every other path is 404. Used by record-kubectl.sh on 127.0.0.1 only.
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
RES = {
  "/api": {"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:6443"}]},
  "/apis": {"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}]},
  "/api/v1": {"kind":"APIResourceList","groupVersion":"v1","resources":[
     {"name":"pods","singularName":"pod","namespaced":True,"kind":"Pod","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["po"],"categories":["all"]},
     {"name":"namespaces","singularName":"namespace","namespaced":False,"kind":"Namespace","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["ns"]},
     {"name":"nodes","singularName":"node","namespaced":False,"kind":"Node","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["no"]},
     {"name":"services","singularName":"service","namespaced":True,"kind":"Service","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["svc"],"categories":["all"]}]},
  "/apis/apps/v1": {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[
     {"name":"deployments","singularName":"deployment","namespaced":True,"kind":"Deployment","verbs":["create","delete","get","list","patch","update","watch"],"shortNames":["deploy"],"categories":["all"]}]},
}
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split('?')[0]
        body = RES.get(path)
        if body is None:
            self.send_response(404); self.send_header('Content-Type','application/json'); self.end_headers()
            self.wfile.write(json.dumps({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}).encode()); return
        self.send_response(200); self.send_header('Content-Type','application/json'); self.end_headers()
        self.wfile.write(json.dumps(body).encode())
    def log_message(self, *a): pass
HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
