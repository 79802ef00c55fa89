// The node-side tools of the terminal (a kubeadm node's shell): ssh between nodes, systemctl and
// journalctl for the kubelet and containerd units, crictl through the CRI, ps, and etcdutl.
import './ssh.ts';
import './systemctl.ts';
import './journalctl.ts';
import './crictl.ts';
import './ps.ts';
import './etcdutl.ts';
