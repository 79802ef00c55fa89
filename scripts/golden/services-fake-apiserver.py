# A tiny read-only stand-in for kube-apiserver on 127.0.0.1, enough for the real kubectl to run
# `expose ... --dry-run=client` and `apply --dry-run=client` offline: API discovery, GET of a few
# fixed objects (a Deployment, a Pod, a ReplicaSet), 404 Status for everything else. Started by
# scripts/golden/services.mjs; nothing here is written back.
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

def resource(name, kind, namespaced=True, short=None):
    r = {"name": name, "singularName": kind.lower(), "namespaced": namespaced, "kind": kind,
         "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]}
    if short: r["shortNames"] = short
    return r

DISCOVERY = {
    "/api": {"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]},
    "/apis": {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
        {"name": "apps", "versions": [{"groupVersion": "apps/v1", "version": "v1"}], "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}}]},
    "/api/v1": {"kind": "APIResourceList", "groupVersion": "v1", "resources": [
        resource("pods", "Pod", short=["po"]), resource("services", "Service", short=["svc"]),
        resource("namespaces", "Namespace", False, ["ns"]), resource("resourcequotas", "ResourceQuota", short=["quota"]),
        resource("replicationcontrollers", "ReplicationController", short=["rc"])]},
    "/apis/apps/v1": {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "apps/v1", "resources": [
        resource("deployments", "Deployment", short=["deploy"]), resource("replicasets", "ReplicaSet", short=["rs"])]},
}

TEMPLATE = {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "nginx", "image": "nginx", "ports": [{"containerPort": 80, "protocol": "TCP"}]}]}}
OBJECTS = {
    "/apis/apps/v1/namespaces/default/deployments/web": {"apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "default", "labels": {"app": "web"}, "uid": "1", "resourceVersion": "10"},
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}, "template": TEMPLATE}},
    "/apis/apps/v1/namespaces/default/replicasets/web-rs": {"apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {"name": "web-rs", "namespace": "default", "labels": {"tier": "front"}, "uid": "2", "resourceVersion": "11"},
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}, "template": TEMPLATE}},
    "/api/v1/namespaces/default/pods/nginx": {"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "nginx", "namespace": "default", "labels": {"run": "nginx"}, "uid": "3", "resourceVersion": "12"},
        "spec": {"containers": [{"name": "nginx", "image": "nginx", "ports": [{"containerPort": 80, "protocol": "TCP"}]}]}},
    "/api/v1/namespaces/default/pods/bare": {"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "bare", "namespace": "default", "uid": "4", "resourceVersion": "13"},
        "spec": {"containers": [{"name": "nginx", "image": "nginx"}]}},
}

class Handler(BaseHTTPRequestHandler):
    def reply(self, code, body):
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(body).encode())

    def do_GET(self):
        path = self.path.split("?")[0]
        body = DISCOVERY.get(path) or OBJECTS.get(path)
        if body is None:
            parts = path.strip("/").split("/")
            name = parts[-1]
            group_resource = parts[-2] + (".apps" if "/apps/" in path else "")
            self.reply(404, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                             "message": f'{group_resource} "{name}" not found', "reason": "NotFound",
                             "details": {"name": name, "kind": parts[-2]}, "code": 404})
            return
        self.reply(200, body)

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
